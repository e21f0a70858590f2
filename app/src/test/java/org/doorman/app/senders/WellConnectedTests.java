package org.doorman.app.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.junit.jupiter.api.Test;

class WellConnectedTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final Network network = new Network();
    private final WellConnected wellConnected = new WellConnected(network, CollectorSettings.defaults());

    @Test
    void aMemberIsWellConnectedAboveTheNetworksNinetiethPercentileNotFromAFixedCount() {
        network.ninetiethPercentile = 400;
        network.counts.put("m_hub", 401);
        network.counts.put("m_busy", 400);

        assertThat(wellConnected.is(new MemberId("m_hub"), MONDAY)).isTrue();
        assertThat(wellConnected.is(new MemberId("m_busy"), MONDAY))
                .as("400 contacts are many, but not more than a tenth of this network has")
                .isFalse();
    }

    @Test
    void inASmallNetworkTheFewestContactsSettingIsTheFloor() {
        network.ninetiethPercentile = 2;
        network.counts.put("m_three", 3);
        network.counts.put("m_ten", 10);

        assertThat(wellConnected.is(new MemberId("m_three"), MONDAY)).isFalse();
        assertThat(wellConnected.is(new MemberId("m_ten"), MONDAY)).isTrue();
    }

    @Test
    void theBarMovesWithTheNetworkOnceItIsReadAfresh() {
        network.ninetiethPercentile = 40;
        network.counts.put("m_lena", 50);
        assertThat(wellConnected.is(new MemberId("m_lena"), MONDAY)).isTrue();

        network.ninetiethPercentile = 60;
        assertThat(wellConnected.is(new MemberId("m_lena"), MONDAY.plus(WellConnected.REFRESH)))
                .as("read at most every ten minutes")
                .isTrue();
        assertThat(wellConnected.is(
                        new MemberId("m_lena"),
                        MONDAY.plus(WellConnected.REFRESH).plusSeconds(1)))
                .isFalse();
    }

    /** The contact counts of a network, and the count at its 90th percentile. */
    private static final class Network implements Contacts {
        final Map<String, Integer> counts = new HashMap<>();
        int ninetiethPercentile;

        @Override
        public int count(MemberId memberId) {
            return counts.getOrDefault(memberId.value(), 0);
        }

        @Override
        public int countAtPercentile(double percentile) {
            assertThat(percentile).isEqualTo(0.9);
            return ninetiethPercentile;
        }

        @Override
        public void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean connected(MemberId a, MemberId b) {
            return false;
        }

        @Override
        public boolean remove(MemberId memberId, MemberId otherId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> removedAt(MemberId memberId, MemberId otherId) {
            return Optional.empty();
        }

        @Override
        public int mutualContacts(MemberId a, MemberId b) {
            return 0;
        }
    }
}
