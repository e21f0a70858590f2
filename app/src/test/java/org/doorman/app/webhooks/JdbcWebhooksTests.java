package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.doorman.app.relationsdb.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

class JdbcWebhooksTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void registeredHooksComeBackWithTheirSecretUntilRemoved(Engine engine) {
        var webhooks = new JdbcWebhooks(engine.client(engine.migrated()));
        var registration = new WebhookRegistration(webhooks, new WebhookAddressPolicy(true));

        var first = registration.register("https://platform.example/hooks/doorman", NOW);
        var second = registration.register("http://localhost:9000/in", NOW.plusSeconds(1));

        assertThat(first.secret()).startsWith("whsec_").hasSizeGreaterThan(40).isNotEqualTo(second.secret());
        assertThat(webhooks.targets()).containsExactly(first, second);
        assertThat(webhooks.targets().getFirst().url()).isEqualTo(URI.create("https://platform.example/hooks/doorman"));
        assertThat(webhooks.remove(first.id())).isTrue();
        assertThat(webhooks.remove(first.id())).isFalse();
        assertThat(webhooks.targets()).containsExactly(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://example.org/x", "/relative", "https://", "not a url", "mailto:ops@example.org"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> WebhookRegistration.checked(url))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("400");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/in",
                "http://localhost/in",
                "http://[::1]/in",
                "http://10.1.2.3/in",
                "http://172.16.0.1/in",
                "http://192.168.1.10/in",
                "http://169.254.169.254/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://100.64.0.1/in",
                "http://0.0.0.0/in",
                "http://[fd00::1]/in",
                "http://[fe80::1]/in",
                "http://[::ffff:127.0.0.1]/in",
                "http://2130706433/in"
            })
    void refusesInternalAddressesUnlessAllowed(String url) {
        var strict = new WebhookAddressPolicy(false);
        var lab = new WebhookAddressPolicy(true);

        assertThat(strict.refusal(URI.create(url))).as(url).isPresent();
        assertThat(lab.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void registeringAnInternalAddressIsRefusedAndStoresNothing(Engine engine) {
        var webhooks = new JdbcWebhooks(engine.client(engine.migrated()));
        var registration = new WebhookRegistration(webhooks, new WebhookAddressPolicy(false));

        assertThatThrownBy(() -> registration.register("http://169.254.169.254/latest/meta-data/", NOW))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("400")
                .hasMessageContaining("internal");
        assertThat(webhooks.targets()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks", "https://[2606:4700::1111]/hooks"})
    void postsToPublicAddresses(String url) {
        var strict = new WebhookAddressPolicy(false);

        assertThat(strict.refusal(URI.create(url))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void neverShowsTheSecretInItsText() {
        var target = new WebhookTarget(new WebhookId("w1"), URI.create("https://x.example"), "whsec_topsecret", NOW);
        assertThat(target.toString()).doesNotContain("topsecret");
    }
}
