package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorman.app.members.InvalidMember;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.ProfileChange;
import org.doorman.app.members.Profiles;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member who comes to have an e-mail address gets the default digest schedule at the next round, from the digest's
 * own queue of newcomers that the members' announcement fills; a schedule the member chose stays.
 */
@IntegrationTest
abstract class DigestNewcomersIntegrationTests {

    @Autowired
    TestMembers members;

    @Autowired
    Profiles profiles;

    @Autowired
    DigestNewcomers newcomers;

    @Autowired
    DigestPreferences preferences;

    @Autowired
    JdbcDigests digests;

    @Autowired
    DigestSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Registered member(String name, String email) {
        return members.create(new NewMember(
                TestMembers.uniqueHandle(name),
                new Profile(name, "de", null, null, null, null, null, null, null, email),
                TestMembers.PASSWORD));
    }

    static String email(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A round's adoption, repeated until nobody waits (other tests share the database and its queue). */
    void adoptEveryone(Instant now) {
        while (newcomers.adopt(now) > 0) {
            // the next batch
        }
    }

    boolean waiting(Registered member) {
        return jdbc.sql("SELECT COUNT(*) FROM digest_newcomers WHERE member_id = ?")
                        .param(member.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void giveAddress(Registered member, String email, Map<String, String> digest) {
        var profile = profiles.mine(member.memberId()).profile().withEmail(email);
        profiles.change(member.memberId(), new ProfileChange(profile, digest));
    }

    @Test
    void aMemberWhoRegistersWithAnAddressGetsTheDefaultScheduleAtTheNextRound() {
        var eva = member("Eva Schulz", email("eva"));
        assertThat(waiting(eva)).isTrue();
        assertThat(digests.find(eva.memberId())).as("not before the round").isEmpty();
        Instant now = Instant.now();

        adoptEveryone(now);

        var stored = digests.find(eva.memberId()).orElseThrow();
        assertThat(stored.schedule()).isEqualTo(settings.defaults());
        assertThat(stored.nextDueAt()).isEqualTo(settings.defaults().nextAfter(now));
        assertThat(waiting(eva)).isFalse();
    }

    @Test
    void roundsOfSeveralProcessesAtOnceAdoptEveryNewcomerAndKeepWhatWasChosen() throws Exception {
        var waiting = new ArrayList<Registered>();
        for (int i = 0; i < 40; i++) {
            waiting.add(member("Newcomer " + i, email("newcomer" + i)));
        }
        var chooser = waiting.getFirst();
        preferences.change(chooser.memberId(), new DigestPreferences.Change("weekly", null, null, "friday"));
        Instant now = Instant.now();

        try (var processes = Executors.newFixedThreadPool(4)) {
            var rounds = new ArrayList<Future<?>>();
            for (int i = 0; i < 4; i++) {
                rounds.add(processes.submit(() -> adoptEveryone(now)));
            }
            for (var round : rounds) {
                round.get(); // a round that failed (a deadlock, a duplicate) fails the test
            }
        }

        for (var member : waiting) {
            assertThat(waiting(member)).isFalse();
            assertThat(digests.find(member.memberId())
                            .orElseThrow()
                            .schedule()
                            .frequency()
                            .wireName())
                    .isEqualTo(member == chooser ? "weekly" : settings.defaultFrequency());
        }
    }

    @Test
    void aMemberWithoutAnAddressGetsNoScheduleUntilTheyGiveOneInTheirProfile() {
        var max = member("Max Klein", null);
        adoptEveryone(Instant.now());
        assertThat(digests.find(max.memberId())).isEmpty();

        giveAddress(max, email("max"), null);
        adoptEveryone(Instant.now());

        assertThat(digests.find(max.memberId()).orElseThrow().schedule()).isEqualTo(settings.defaults());
    }

    @Test
    void aMemberWhoChoseAScheduleBeforeTheRoundKeepsIt() {
        var ole = member("Ole Sand", email("ole"));
        preferences.change(ole.memberId(), new DigestPreferences.Change("weekly", "17:30", "Europe/Vienna", "friday"));

        adoptEveryone(Instant.now());

        var schedule = digests.find(ole.memberId()).orElseThrow().schedule();
        assertThat(schedule.frequency().wireName()).isEqualTo("weekly");
        assertThat(schedule.timeText()).isEqualTo("17:30");
        assertThat(waiting(ole)).isFalse();
    }

    @Test
    void aMemberWhoGivesAnAddressAndChoosesNeverInOneChangeKeepsNever() {
        var lea = member("Lea Vogt", null);

        giveAddress(lea, email("lea"), Map.of("frequency", "never"));
        adoptEveryone(Instant.now());

        var stored = digests.find(lea.memberId()).orElseThrow();
        assertThat(stored.schedule().frequency().wireName()).isEqualTo("never");
        assertThat(stored.nextDueAt()).isEmpty();
    }

    @Test
    void aRefusedProfileChangeLeavesNobodyWaiting() {
        var pia = member("Pia Lau", null);

        assertThatThrownBy(() -> giveAddress(pia, email("pia"), Map.of("frequency", "hourly")))
                .isInstanceOf(InvalidMember.class);

        assertThat(waiting(pia)).isFalse();
        assertThat(profiles.mine(pia.memberId()).profile().email()).isNull();
    }

    @Test
    void anErasedMemberLeavesNobodyWaitingAndTheRoundGoesOn() throws Exception {
        var uwe = member("Uwe Horn", email("uwe"));
        assertThat(waiting(uwe)).isTrue();

        mvc.perform(delete("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(uwe.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirm\": true}"))
                .andExpect(status().isNoContent());

        assertThat(waiting(uwe)).isFalse();
        adoptEveryone(Instant.now());
        assertThat(digests.find(uwe.memberId())).isEmpty();
    }
}
