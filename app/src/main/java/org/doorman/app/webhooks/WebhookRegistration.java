package org.doorman.app.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.doorman.app.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Registers webhook URLs with a fresh secret each. */
@Service
class WebhookRegistration {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_URL_LENGTH = 2000;

    private final JdbcWebhooks webhooks;
    private final WebhookAddressPolicy addresses;

    WebhookRegistration(JdbcWebhooks webhooks, WebhookAddressPolicy addresses) {
        this.webhooks = webhooks;
        this.addresses = addresses;
    }

    /** Registers the URL; refuses one that is no absolute http(s) URL or points inside (400). */
    WebhookTarget register(String url, Instant now) {
        URI uri = checked(url);
        addresses.refusal(uri).ifPresent(why -> {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Doorman does not post to internal addresses: " + why
                            + " (loopback, link-local, private and cloud metadata addresses are refused).");
        });
        var target = new WebhookTarget(new WebhookId(Ids.next("wh")), uri, newSecret(), now);
        webhooks.add(target);
        return target;
    }

    /** A fresh secret for the hook: every delivery from now on, pending ones too, is signed with it. */
    java.util.Optional<String> rotate(WebhookId id) {
        String secret = newSecret();
        return webhooks.rotate(id, secret) ? java.util.Optional.of(secret) : java.util.Optional.empty();
    }

    static URI checked(String url) {
        if (url == null || url.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the webhook's 'url' (http or https).");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "A webhook URL has at most " + MAX_URL_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "A webhook URL must be an absolute http or https URL with a host, not '" + url + "'.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'" + url + "' is not a URL: " + e.getReason() + ".");
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
