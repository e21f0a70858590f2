package org.doorman.app.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one-click unsubscribe links of the digest (RFC 8058): the member's id signed with HMAC-SHA256, so that the link
 * turns off that member's digest and nobody else's. The key is {@code doorman.digest.unsubscribe-key}, or one made
 * once and kept in the database, so that every process signs alike.
 */
@Component
class UnsubscribeLinks {

    static final String PATH = "/api/v1/digest/unsubscribe";
    private static final String KEY_NAME = "digest-unsubscribe";

    private final JdbcClient jdbc;
    private final WebLinks links;
    private final String configuredKey;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, WebLinks links, DigestSettings settings) {
        this.jdbc = jdbc;
        this.links = links;
        this.configuredKey = settings.unsubscribeKey();
    }

    String url(MemberId memberId) {
        return UriComponentsBuilder.fromUriString(links.to(PATH))
                .queryParam("member", memberId.value())
                .queryParam("sig", signature(memberId))
                .build()
                .encode()
                .toUriString();
    }

    boolean valid(MemberId memberId, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(memberId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The bytes signed stay as they are: links in e-mails already sent must keep working. */
    private String signature(MemberId memberId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("digest-unsubscribe\n" + memberId.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Reads (or makes) the key outside any transaction, so that a rolled-back one cannot leave it unstored. */
    void prepare() {
        key();
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String text = configuredKey.isBlank() ? storedKey() : configuredKey;
            known = text.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    private String storedKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        jdbc.sql("INSERT INTO app_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .params(KEY_NAME, Base64.getEncoder().encodeToString(random))
                .update();
        return jdbc.sql("SELECT secret FROM app_secrets WHERE name = ?")
                .param(KEY_NAME)
                .query(String.class)
                .single();
    }
}
