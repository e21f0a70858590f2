package org.doorman.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.doorman.app.events.EventView;
import org.doorman.app.events.Events;
import org.doorman.app.members.MemberNames;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class TemplateBookTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final TemplateSettings BERLIN = new TemplateSettings(ZoneId.of("Europe/Berlin"));

    @Nested
    class Defaults {

        private TemplateBook book;
        private String dana;

        @BeforeEach
        void setUp() {
            JdbcClient jdbc = Engine.SQLITE.client(Engine.SQLITE.migrated());
            dana = new Rows(jdbc).member("Dana Berg");
            book = new TemplateBook(
                    new JdbcTemplateStore(jdbc), noEvents(), CLOCK, BERLIN, new JdbcStrategies(jdbc), named(dana));
        }

        @Test
        void aVaguePitchIsAskedWhatExactlyTheBenefitsForBothSidesAreInTheMembersName() {
            String english = book.render(
                    new MemberId(dana), Purpose.CLARIFY_VAGUE_PITCH, Language.EN, Map.of("requester", "Mia Brandt"));
            String german = book.render(
                    new MemberId(dana), Purpose.CLARIFY_VAGUE_PITCH, Language.DE, Map.of("requester", "Mia Brandt"));

            assertThat(english)
                    .startsWith("Hello Mia Brandt,")
                    .contains("what exactly are the benefits for both sides")
                    .endsWith("Dana Berg");
            assertThat(german)
                    .startsWith("Guten Tag Mia Brandt,")
                    .contains("Worin genau liegen diese Vorteile")
                    .endsWith("Dana Berg");
        }

        @Test
        void theNameTheLifecycleGivesSignsTheMessageWithoutALookUp() {
            JdbcClient jdbc = Engine.SQLITE.client(Engine.SQLITE.migrated());
            var book = new TemplateBook(
                    new JdbcTemplateStore(jdbc), noEvents(), CLOCK, BERLIN, new JdbcStrategies(jdbc), ids -> {
                        throw new AssertionError("the name was given");
                    });

            assertThat(book.render(
                            new MemberId(dana),
                            Purpose.CLARIFY_VAGUE_PITCH,
                            Language.EN,
                            Map.of("requester", "Mia Brandt", "member", "Dana B.")))
                    .endsWith("Dana B.");
        }

        @Test
        void anEmptyRequestIsAskedForItsReason() {
            assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.EN, Map.of()))
                    .contains("What is the reason for your request?")
                    .startsWith("Hello,");
            assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                    .contains("Was ist der Anlass");
        }

        @Test
        void commonGroundGetsAWarmerQuestionAboutWhatTheyHaveInMind() {
            assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_COMMON_GROUND, Language.EN, Map.of()))
                    .contains("What do you have in mind?");
            assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_COMMON_GROUND, Language.DE, Map.of()))
                    .contains("Was haben Sie im Sinn?");
        }

        @Test
        void anInvitationExplainsTheMeetingPolicyAndSaysWhenNoEventIsPlanned() {
            assertThat(book.render(new MemberId(dana), Purpose.INVITE_TO_EVENT, Language.DE, Map.of("meetings", "2")))
                    .contains("mindestens zweimal persönlich getroffen")
                    .contains("Sobald das nächste offizielle Treffen feststeht");
            assertThat(book.render(new MemberId(dana), Purpose.INVITE_TO_EVENT, Language.EN, Map.of("meetings", "3")))
                    .contains("met in person at least three times")
                    .contains("As soon as the next official event is planned");
        }

        @Test
        void anInvitationProposesTheEventTheLifecycleNames() {
            String text = book.render(
                    new MemberId(dana),
                    Purpose.INVITE_TO_EVENT,
                    Language.EN,
                    Map.of(
                            "meetings", "2",
                            "eventTitle", "Business Breakfast",
                            "eventStartsAt", "2026-03-12T07:30:00Z",
                            "eventLocation", "Hotel Atlantic"));

            assertThat(text)
                    .contains("at least twice")
                    .contains("\"Business Breakfast\" on Thursday, 12 March 2026 at 08:30 (CET) in Hotel Atlantic");
        }

        @Test
        void otherLanguagesGetEnglish() {
            assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.OTHER, Map.of()))
                    .contains("reason for your request");
        }

        @Test
        void theFollowUpTaskNamesTheRequesterAndWhatToDo() {
            assertThat(book.render(
                            new MemberId(dana),
                            Purpose.FOLLOW_UP_TASK,
                            Language.DE,
                            Map.of("requester", "Jonas Weber")))
                    .isEqualTo("Bei Jonas Weber melden: anrufen, Fragen beantworten, um die Kontaktdaten bitten");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theMembersOwnWordingReplacesTheDefaultInThatLanguageOnly(Engine engine) {
        JdbcClient jdbc = engine.client(engine.migrated());
        String dana = new Rows(jdbc).member("Dana Berg");
        var store = new JdbcTemplateStore(jdbc);
        var book = new TemplateBook(store, noEvents(), CLOCK, BERLIN, new JdbcStrategies(jdbc), named(dana));

        store.put(
                new MemberId(dana),
                new OwnTemplate(Purpose.CLARIFY_EMPTY, Language.DE, "Moin {requester}, worum geht's? {member}"),
                NOW);
        store.put(
                new MemberId(dana),
                new OwnTemplate(Purpose.CLARIFY_EMPTY, Language.DE, "Moin {requester}, worum geht es? {member}"),
                NOW);

        assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.DE, Map.of("requester", "Tim")))
                .isEqualTo("Moin Tim, worum geht es? Dana Berg");
        assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.EN, Map.of()))
                .contains("reason for your request");
        assertThat(store.all(new MemberId(dana)))
                .singleElement()
                .extracting(OwnTemplate::purpose)
                .isEqualTo(Purpose.CLARIFY_EMPTY);

        assertThat(store.remove(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.DE))
                .isTrue();
        assertThat(book.render(new MemberId(dana), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                .contains("Was ist der Anlass");
    }

    @Test
    void anInvitationLooksUpTheNextOfficialEventWhenNoneIsNamed() {
        JdbcClient jdbc = Engine.SQLITE.client(Engine.SQLITE.migrated());
        String dana = new Rows(jdbc).member("Dana Berg");
        Events events = new Events() {
            @Override
            public java.util.Optional<EventView> nextOfficial(Instant now) {
                return java.util.Optional.of(
                        new EventView("e1", "Netzwerkabend", now.plusSeconds(86400 * 10), "Hamburg"));
            }

            @Override
            public java.util.Optional<EventView> find(org.doorman.app.events.EventId eventId) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<EventView> official(Instant from, Instant to) {
                return java.util.List.of();
            }
        };
        var book = new TemplateBook(
                new JdbcTemplateStore(jdbc), events, CLOCK, BERLIN, new JdbcStrategies(jdbc), named(dana));

        assertThat(book.render(new MemberId(dana), Purpose.INVITE_TO_EVENT, Language.DE, Map.of()))
                .contains("„Netzwerkabend“ am Mittwoch, 11. März 2026 um 13:00 Uhr (MEZ) in Hamburg")
                .contains("mindestens zweimal");
    }

    /** The members' directory as far as these tests need it: one member's name. */
    private static MemberNames named(String dana) {
        return ids -> ids.contains(new MemberId(dana)) ? Map.of(new MemberId(dana), "Dana Berg") : Map.of();
    }

    private static Events noEvents() {
        return new Events() {
            @Override
            public java.util.Optional<EventView> nextOfficial(Instant now) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<EventView> find(org.doorman.app.events.EventId eventId) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<EventView> official(Instant from, Instant to) {
                return java.util.List.of();
            }
        };
    }
}
