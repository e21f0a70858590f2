package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;

class DigestUnsubscribeLinksTests {

    private static final DigestSettings SIGNED_WITH_A_KEY = new DigestSettings(
            true,
            Duration.ofMinutes(1),
            "doorman@localhost",
            "daily",
            "08:00",
            "Europe/Berlin",
            Duration.ofMinutes(1),
            Duration.ofHours(1),
            6,
            "a-key-of-the-operator");

    // no database: the key is configured
    private final UnsubscribeLinks links =
            new UnsubscribeLinks(null, new WebLinks("https://doorman.example.org"), SIGNED_WITH_A_KEY);

    @Test
    void aLinkSignsTheMemberIdAsLinksInEmailsAlreadySentWereSigned() {
        // HMAC-SHA256 of "digest-unsubscribe\n" + the id, base64url without padding, as the first links were made
        assertThat(links.url(new MemberId("m_01jf3xeva")))
                .isEqualTo("https://doorman.example.org/api/v1/digest/unsubscribe?member=m_01jf3xeva"
                        + "&sig=UHfAteYXG5hbuCpHTpPtTo-1LzPjmlFiYv5PXyhPNcQ");
    }

    @Test
    void aSignatureIsValidForItsMemberAloneAndNoneIsValidWithout() {
        String signature = "UHfAteYXG5hbuCpHTpPtTo-1LzPjmlFiYv5PXyhPNcQ";

        assertThat(links.valid(new MemberId("m_01jf3xeva"), signature)).isTrue();
        assertThat(links.valid(new MemberId("m_01jf3xmax"), signature)).isFalse();
        assertThat(links.valid(new MemberId("m_01jf3xeva"), null)).isFalse();
    }
}
