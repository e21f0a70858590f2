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
        var registration = new WebhookRegistration(webhooks);

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

    @org.junit.jupiter.api.Test
    void neverShowsTheSecretInItsText() {
        var target = new WebhookTarget("w1", URI.create("https://x.example"), "whsec_topsecret", NOW);
        assertThat(target.toString()).doesNotContain("topsecret");
    }
}
