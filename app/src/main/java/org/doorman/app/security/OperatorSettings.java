package org.doorman.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminToken the operator's bearer token ({@code doorman.admin-token} or {@code DOORMAN_ADMIN_TOKEN}); without
 *     one, nobody is operator and member creation over the API is off
 */
@ConfigurationProperties("doorman")
record OperatorSettings(String adminToken) {

    boolean operatorEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    boolean isAdminToken(String token) {
        return operatorEnabled()
                && MessageDigest.isEqual(
                        adminToken.strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
