package org.doorman.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminToken the operator's bearer token ({@code doorman.admin-token} or {@code DOORMAN_ADMIN_TOKEN}); without
 *     one, nobody is operator and member creation over the API is off
 * @param operatorHandles members who, signed in to the web app, are also the operator there
 *     ({@code doorman.operator-handles}, none by default): they see the operator's collector page
 */
@ConfigurationProperties("doorman")
record OperatorSettings(String adminToken, List<String> operatorHandles) {

    OperatorSettings {
        operatorHandles = operatorHandles == null ? List.of() : List.copyOf(operatorHandles);
    }

    boolean isOperatorHandle(String handle) {
        return operatorHandles.stream().anyMatch(h -> h.strip().equalsIgnoreCase(handle));
    }

    boolean operatorEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    boolean isAdminToken(String token) {
        return operatorEnabled()
                && MessageDigest.isEqual(
                        adminToken.strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
