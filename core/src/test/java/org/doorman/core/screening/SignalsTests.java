package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detectors, one behaviour at a time, in German and English, formal and informal. */
class SignalsTests {

    static final Screener SCREENER = ScreenerTests.SCREENER;

    static final Profile DANA = new Profile(
            "Dana Berg",
            "Steuerberaterin | Freiberufler & Künstler",
            "",
            List.of("Steuerberatung für Freiberufler", "Umsatzsteuer bei Auslandsumsätzen"),
            List.of(),
            List.of("Segeln", "Astronomie"),
            List.of("BNI Chapter Hamburg", "TU München Alumni"),
            "Berg Steuerberatung");

    static final Profile TOM = new Profile(
            "Tom Fischer",
            "Freelance Backend Developer | Java, Kotlin",
            "",
            List.of("Spring Boot development", "Legacy Java modernisation", "Code reviews"),
            List.of(),
            List.of("Climbing", "Chess"),
            List.of("Java User Group Berlin"),
            "Fischer Software");

    static Screening screen(String message, Profile recipient) {
        return SCREENER.screen(new ScreeningInput(message, Optional.empty(), recipient, null, null, null));
    }

    static String evidence(Screening screening, SignalName name) {
        return screening.signal(name).map(Signal::evidence).orElse(null);
    }

    @Nested
    class ReferenceToTheOffer {

        @Test
        void matchesGermanOffersThroughStemsAndCompoundParts() {
            var screening = screen(
                    "Hallo Frau Berg, ich verkaufe meine Prints in die USA und weiß nicht, wie das mit der"
                            + " Umsatzsteuer im Ausland läuft. Können Sie mir helfen?",
                    DANA);

            assertThat(evidence(screening, SignalName.REFERENCES_OFFER)).isEqualTo("Umsatzsteuer bei Auslandsumsätzen");
        }

        @Test
        void matchesEnglishOffersInInformalWritingWithoutCapitals() {
            var screening = screen(
                    "hey tom 👋\nsaw u do code reviews... our kotlin backend needs one before launch,"
                            + " interested??",
                    TOM);

            assertThat(evidence(screening, SignalName.REFERENCES_OFFER)).isEqualTo("Code reviews");
            assertThat(screening.category()).isEqualTo(Category.CONCRETE_NEED);
        }

        @Test
        void findsAReferenceToTheProfile() {
            assertThat(evidence(
                            screen("Ich habe in Ihrem Profil gesehen, dass Sie beraten.", DANA),
                            SignalName.REFERENCES_PROFILE))
                    .startsWith("Ihrem Profil");
            assertThat(evidence(screen("I came across your profile yesterday.", TOM), SignalName.REFERENCES_PROFILE))
                    .isEqualTo("came across your");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ich sehe viele Vorteile für beide Seiten, eine echte Win-Win-Situation! | Vorteile für beide Seiten",
                "LASSEN SIE UNS SYNERGIEN HEBEN!!! | SYNERGIEN",
                "let's explore synergies 🤝 | let's explore, synergies",
                "I believe a connection would be mutually beneficial. | mutually beneficial"
            })
    void findsVagueBenefitTalkInAnySpelling(String message, String first) {
        assertThat(evidence(screen(message, DANA), SignalName.VAGUE_BENEFIT)).startsWith(first);
    }

    @Test
    void findsASalesOfferAndItsWords() {
        var screening =
                screen("Als Finanzberater biete ich Ihnen eine kostenlose Analyse Ihrer Altersvorsorge an.", DANA);

        assertThat(evidence(screening, SignalName.SALES_OFFER)).contains("kostenlose", "Altersvorsorge");
        assertThat(screening.category()).isEqualTo(Category.SALES_PITCH);
    }

    @Test
    void findsAHookOnThePrivateInterestsOfTheMember() {
        var screening = screen(
                "Hallo Frau Berg, Sie interessieren sich für Astronomie? Unser Reisebüro bietet Sternwarten-Reisen"
                        + " mit 20 % Rabatt.",
                DANA);

        assertThat(evidence(screening, SignalName.PRIVATE_INTEREST_HOOK)).isEqualTo("Astronomie");
        assertThat(screening.category()).isEqualTo(Category.SALES_PITCH);
    }

    @Test
    void findsAWishToReachInfluentialPeopleThroughTheMember() {
        var screening = screen(
                "Hi Tom, you must know plenty of CTOs. Could you introduce me to a few of them? I'd pay a referral"
                        + " fee.",
                TOM);

        assertThat(evidence(screening, SignalName.INFLUENTIAL_REACH)).contains("introduce me to");
        assertThat(screening.category()).isEqualTo(Category.SALES_PITCH);
    }

    @Nested
    class DirectionOfValue {

        @Test
        void findsTheSenderOfferingTheMemberSomethingOfTheirOwn() {
            var screening = screen(
                    "Guten Tag Frau Berg, wir bieten Kanzleien eine kostenlose Prüfung ihrer IT-Sicherheit an.", DANA);

            assertThat(evidence(screening, SignalName.OFFERS_TO_MEMBER)).contains("wir bieten", "kostenlose");
            assertThat(screening.has(SignalName.ASKS_FOR_MEMBER_OFFER)).isFalse();
        }

        @Test
        void takesAQuestionForTheMembersBuyerAsAnOfferToo() {
            var screening =
                    screen("Hi Tom, who handles the cloud contracts at Fischer Software? Worth a quick chat?", TOM);

            assertThat(evidence(screening, SignalName.OFFERS_TO_MEMBER)).contains("who handles");
        }

        @Test
        void findsARequestForTheMembersOfferAQuoteOrTheirAvailability() {
            var screening = screen(
                    "hey tom, can you quote for a code review of our kotlin backend? are you free in march?", TOM);

            assertThat(evidence(screening, SignalName.ASKS_FOR_MEMBER_OFFER)).contains("can you quote", "are you free");
            assertThat(screening.has(SignalName.OFFERS_TO_MEMBER)).isFalse();
        }

        @Test
        void findsAGermanQuestionForThePriceOfTheMembersOffer() {
            var screening = screen(
                    "Hallo Frau Berg, was kostet bei Ihnen die Umsatzsteuer-Beratung für einen Online-Shop?", DANA);

            assertThat(evidence(screening, SignalName.ASKS_FOR_MEMBER_OFFER)).startsWith("was kostet");
        }

        @Test
        void theMembersCompanyInTheHeadlineIsNotOneOfTheirOffers() {
            var buyer = new Profile(
                    "Sarah Whitaker",
                    "Head of Procurement | Northbridge University",
                    "",
                    List.of("talks on social value"),
                    List.of(),
                    List.of(),
                    List.of(),
                    "Northbridge University");

            var screening = screen("Hello Sarah, who manages the cleaning contracts at Northbridge University?", buyer);

            assertThat(screening.has(SignalName.REFERENCES_OFFER)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Hallo Dana, wir haben uns gestern beim Netzwerktreffen kennengelernt! | kennengelernt",
                "Hi Dana, as discussed on the phone, here's my invite. | as discussed",
                "hey, we met at sarah's barbecue last week! | we met"
            })
    void findsAnAcquaintanceClaimTheDataDoesNotConfirm(String message, String words) {
        var screening = screen(message, DANA);

        assertThat(evidence(screening, SignalName.ACQUAINTANCE_CLAIM)).contains(words);
        assertThat(screening.category()).isEqualTo(Category.ACQUAINTANCE_CLAIM);
    }

    @Nested
    class CommonGround {

        @Test
        void namesTheSharedGroupFromTheText() {
            var screening = screen("Hallo Frau Berg, wir sind beide im BNI Chapter Hamburg. Bis bald!", DANA);

            assertThat(evidence(screening, SignalName.SHARED_GROUP)).isEqualTo("BNI Chapter Hamburg");
            assertThat(screening.category()).isEqualTo(Category.COMMON_GROUND);
        }

        @Test
        void findsASharedSchool() {
            var screening = screen("Hi Dana, fellow alumna of TU München here! Would love to connect.", DANA);

            assertThat(evidence(screening, SignalName.SHARED_SCHOOL)).isEqualTo("alumna");
            assertThat(screening.category()).isEqualTo(Category.COMMON_GROUND);
        }

        @Test
        void takesSharedGroupsFromTheContextToo() {
            var context = new RequestContext(0, false, false, 0, List.of("Kotlin Meetup"), false);
            var screening = SCREENER.screen(new ScreeningInput("Hi Tom!", Optional.empty(), TOM, null, null, context));

            assertThat(evidence(screening, SignalName.SHARED_GROUP)).isEqualTo("Kotlin Meetup (both members)");
        }
    }

    @Nested
    class KnownFromDataOnly {

        @Test
        void aPriorConversationOrTheAddressBookMakeItKnown() {
            var context = new RequestContext(0, true, true, 0, List.of(), false);
            var screening = SCREENER.screen(
                    new ScreeningInput("Buy our insurance!", Optional.empty(), DANA, null, null, context));

            assertThat(screening.category()).isEqualTo(Category.KNOWN);
            assertThat(screening.has(SignalName.PRIOR_CONVERSATION)).isTrue();
            assertThat(screening.has(SignalName.IN_ADDRESS_BOOK)).isTrue();
        }

        @Test
        void theSameCurrentCompanyMakesItKnown() {
            var colleague =
                    new Profile("Eva", "", "", List.of(), List.of(), List.of(), List.of(), "berg steuerberatung ");
            var screening =
                    SCREENER.screen(new ScreeningInput("Hallo Dana!", Optional.empty(), DANA, colleague, null, null));

            assertThat(screening.category()).isEqualTo(Category.KNOWN);
            assertThat(evidence(screening, SignalName.SAME_COMPANY)).isEqualTo("berg steuerberatung");
        }

        @Test
        void aClaimedMeetingInTheTextAloneIsNotKnown() {
            assertThat(screen("Wir kennen uns doch vom Sommerfest!", DANA).category())
                    .isNotEqualTo(Category.KNOWN);
        }
    }

    @Nested
    class LikelyCollector {

        static Screening withStats(SenderStats stats) {
            return SCREENER.screen(new ScreeningInput("Hi Dana!", Optional.empty(), DANA, null, stats, null));
        }

        @Test
        void manyRequestsInAWeek() {
            assertThat(evidence(withStats(new SenderStats(186, 0.3, 0, 0, 0.1)), SignalName.LIKELY_COLLECTOR))
                    .isEqualTo("186 requests in 7 days");
        }

        @Test
        void theSameTextToMostRecipients() {
            assertThat(evidence(withStats(new SenderStats(30, 0.92, 0, 0, 0.3)), SignalName.LIKELY_COLLECTOR))
                    .isEqualTo("92% identical text");
        }

        @Test
        void clarifyingQuestionsLeftUnanswered() {
            assertThat(evidence(withStats(new SenderStats(20, 0.3, 17, 0, 0.2)), SignalName.LIKELY_COLLECTOR))
                    .isEqualTo("17 of 17 questions unanswered");
        }

        @Test
        void anOrdinarySenderIsNoCollector() {
            assertThat(withStats(new SenderStats(45, 0.6, 4, 1, 0.3)).has(SignalName.LIKELY_COLLECTOR))
                    .isFalse();
        }
    }

    @Nested
    class EmptyRequests {

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Ich möchte Sie gerne zu meinen Kontakten hinzufügen.",
                    "I'd like to add you to my professional network on LinkedIn.",
                    "Hallo Frau Berg,",
                    "Hi",
                    "👋",
                    "Guten Tag, gerne möchte ich mich mit Ihnen vernetzen. MfG"
                })
        void aDefaultSentenceOrABareGreetingIsEmpty(String message) {
            var screening = screen(message, DANA);

            assertThat(screening.category()).isEqualTo(Category.EMPTY);
            assertThat(screening.has(SignalName.DEFAULT_TEXT)).isTrue();
        }

        @Test
        void noMessageAtAllIsEmpty() {
            var screening = screen("", DANA);

            assertThat(screening.category()).isEqualTo(Category.EMPTY);
            assertThat(screening.has(SignalName.NO_TEXT)).isTrue();
        }
    }

    @Test
    void greetsTheMemberByName() {
        assertThat(evidence(screen("Moin Frau Berg, kurze Frage zur Umsatzsteuer.", DANA), SignalName.SALUTATION))
                .isEqualTo("Moin Frau Berg");
        assertThat(screen("Kurze Frage zur Umsatzsteuer.", DANA).has(SignalName.NO_SALUTATION))
                .isTrue();
    }

    @Nested
    class Language {

        @Test
        void detectsGermanAndEnglishWithoutBeingTold() {
            assertThat(screen("hallo, wie geht es ihnen? ich wollte mich mal melden", DANA)
                            .language())
                    .isEqualTo(org.doorman.core.screening.Language.DE);
            assertThat(screen("hi, how are you? just wanted to reach out", DANA).language())
                    .isEqualTo(org.doorman.core.screening.Language.EN);
        }

        @Test
        void everyOtherLanguageOfTheCorpusIsOther() {
            var others = Corpus.load("corpus/other-languages.jsonl");

            assertThat(others)
                    .isNotEmpty()
                    .allSatisfy(example -> assertThat(
                                    SCREENER.screen(example.input()).language())
                            .as(example.id())
                            .isEqualTo(org.doorman.core.screening.Language.OTHER));
        }

        @Test
        void otherScriptsAreOtherLanguages() {
            assertThat(screen("Здравствуйте, Дана! Давайте дружить.", DANA).language())
                    .isEqualTo(org.doorman.core.screening.Language.OTHER);
            assertThat(screen("您好，我想和您建立联系。", DANA).language()).isEqualTo(org.doorman.core.screening.Language.OTHER);
        }

        @Test
        void aLanguageTagWithARegionCountsAsItsLanguage() {
            assertThat(org.doorman.core.screening.Language.fromCode("de-DE"))
                    .contains(org.doorman.core.screening.Language.DE);
            assertThat(org.doorman.core.screening.Language.fromCode("en_GB"))
                    .contains(org.doorman.core.screening.Language.EN);
            assertThat(org.doorman.core.screening.Language.fromCode("fr-CH"))
                    .contains(org.doorman.core.screening.Language.OTHER);
        }

        @Test
        void aLanguageFieldOtherThanGermanOrEnglishIsTakenAsGiven() {
            var screening = SCREENER.screen(new ScreeningInput(
                    "Hallo Frau Berg, wir suchen Hilfe.",
                    org.doorman.core.screening.Language.fromCode("it"),
                    DANA,
                    null,
                    null,
                    null));

            assertThat(screening.language()).isEqualTo(org.doorman.core.screening.Language.OTHER);
            assertThat(screening.reason()).isEqualTo("language not supported");
        }
    }
}
