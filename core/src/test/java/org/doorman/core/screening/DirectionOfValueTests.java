package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which way value flows decides between a need and a sale, read from both profiles; only an asserted past contact is
 * an acquaintance claim; short and messy writing is read like the long form.
 */
class DirectionOfValueTests {

    static final Screener SCREENER = ScreenerTests.SCREENER;
    static final Strategy DEFAULT = Strategy.preset("default");

    /** A tax adviser who sells tax advice and buys nothing the requests below offer. */
    static final Profile INGA = new Profile(
            "Inga Marquardt",
            "Steuerberaterin | Marquardt Steuerberatung",
            "Ich berate Selbständige, Online-Händler und kleine GmbHs.",
            List.of("Umsatzsteuer für Online-Händler", "Buchhaltung für Selbständige", "Jahresabschlüsse"),
            List.of("Steuerfachangestellte in Teilzeit"),
            List.of("Rennrad"),
            List.of("Gründerstammtisch Kiel"),
            "Marquardt Steuerberatung");

    /** A venue that rents rooms and looks for caterers to recommend. */
    static final Profile FINN = new Profile(
            "Finn Doherty",
            "Events Manager | Harbour Hall, Cork",
            "Conference and wedding venue on the quays.",
            List.of("conference room hire", "wedding receptions", "gala dinners"),
            List.of("caterers to recommend to couples", "sound technicians"),
            List.of("sea swimming"),
            List.of("Cork Business Association"),
            "Harbour Hall");

    static Screening screen(String message, Profile recipient) {
        return SCREENER.screen(new ScreeningInput(message, Optional.empty(), recipient, null, null, null));
    }

    static String evidence(Screening screening, SignalName name) {
        return screening.signal(name).map(Signal::evidence).orElse("");
    }

    @Nested
    class SalesInDisguise {

        @Test
        void aSaleAskedAsAQuestionToAMemberWhoDoesNotBuyItIsNotAccepted() {
            var screening = screen(
                    "Guten Tag Frau Marquardt, wer entscheidet bei Ihnen eigentlich über die Dienstwagen? Unsere"
                            + " Leasingraten liegen deutlich unter denen der Autohäuser.",
                    INGA);

            assertThat(evidence(screening, SignalName.DIRECTION_SALE)).contains("wer entscheidet");
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }

        @Test
        void aNeedPutOnTheMemberIsNotTheSendersNeed() {
            var screening = screen(
                    "Hi Finn, are you still taking the room bookings by hand? Our booking app sends the contracts"
                            + " and the invoices for you.",
                    FINN);

            assertThat(evidence(screening, SignalName.DIRECTION_SALE)).contains("puts a need on the member");
            assertThat(screening.has(SignalName.DIRECTION_NEED)).isFalse();
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }

        @Test
        void aPartnershipTheMemberPaysForIsASale() {
            var screening = screen(
                    "Hello Finn, we'd love to partner with Harbour Hall! Our venue directory puts you in front of"
                            + " 3,000 planners; the partner package starts at €120 a month.",
                    FINN);

            assertThat(screening.has(SignalName.DIRECTION_SALE)).isTrue();
            assertThat(screening.has(SignalName.DIRECTION_NEED)).isFalse();
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }

        @Test
        void praiseHungOnAPaidAwardIsASale() {
            var screening = screen(
                    "Herzlichen Glückwunsch, Frau Marquardt! Ihre Kanzlei ist für unseren Award „Kanzlei des Jahres“"
                            + " nominiert. Die Teilnahmegebühr für Finalisten beträgt 790 Euro.",
                    INGA);

            assertThat(evidence(screening, SignalName.DIRECTION_SALE)).isNotEmpty();
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }
    }

    @Nested
    class CustomersWhoTalkMoney {

        @Test
        void aCustomerWithABudgetAndADateAsksForTheMembersOffer() {
            var screening = screen(
                    "hallo frau marquardt, ich verkaufe seit letztem jahr über etsy auch in die usa und blick bei der"
                            + " umsatzsteuer nicht mehr durch. was kostet das bei ihnen? budget so 600 €, gern noch im"
                            + " april",
                    INGA);

            assertThat(evidence(screening, SignalName.DIRECTION_NEED)).contains("Umsatzsteuer für Online-Händler");
            assertThat(screening.has(SignalName.DIRECTION_SALE)).isFalse();
            assertThat(screening.category()).isEqualTo(Category.CONCRETE_NEED);
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.DECLINE);
        }

        @Test
        void offeringWhatTheMemberSeeksIsANeedOfTheMember() {
            var screening = screen(
                    "Hi Finn, I saw you're looking for caterers to recommend to couples. We do wedding menus for up"
                            + " to 180 guests around Cork. Could we send you our sample menus?",
                    FINN);

            assertThat(evidence(screening, SignalName.DIRECTION_NEED)).contains("caterers to recommend to couples");
            assertThat(DEFAULT.evaluate(screening).action()).isNotEqualTo(Action.DECLINE);
        }

        @Test
        void aPriceTheSenderAsksForIsNotAFeeTheMemberWouldPay() {
            var screening = screen(
                    "Finn, we're planning a gala dinner for 140 on 14 November. What's the day rate for the main"
                            + " hall, and how much per head for the dinner?",
                    FINN);

            assertThat(screening.has(SignalName.DIRECTION_SALE)).isFalse();
            assertThat(screening.category()).isEqualTo(Category.CONCRETE_NEED);
        }
    }

    @Nested
    class OnlyAnAssertedPastContactIsAnAcquaintanceClaim {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "LinkedIn thinks we may know each other 🙂 happy to connect",
                    "Hi Finn, I came across your profile and thought I'd say hello.",
                    "We have 23 mutual connections, so let's make it official!",
                    "XING schlägt Sie mir als Kontakt vor, vielleicht kennen wir uns ja.",
                    "Wir haben so viele gemeinsame Kontakte, da sollten wir uns auch kennen."
                })
        void aGuessOrThePlatformsSuggestionIsNoClaim(String message) {
            var screening = screen(message, FINN);

            assertThat(screening.has(SignalName.GENERIC_CONTACT)).isTrue();
            assertThat(screening.category()).isNotEqualTo(Category.ACQUAINTANCE_CLAIM);
            assertThat(DEFAULT.evaluate(screening).action()).isEqualTo(Action.ASK);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Gute Kontakte sind das halbe Geschäft. Gern vernetzt!",
                    "Networking is not about collecting contacts, it's about planting relationships 🌱"
                })
        void aProverbAboutContactsIsNoClaimAndHasAConfidence(String message) {
            var screening = screen(message, INGA);

            assertThat(screening.category()).isIn(Category.VAGUE_PITCH, Category.EMPTY);
            assertThat(screening.confidence()).isGreaterThan(0.3);
        }

        @Test
        void aCallMentionedInAbbreviationsIsAClaim() {
            var screening = screen("moin, hatten das ja tel. besprochen, schick dir hier die anfrage. lg jens", INGA);

            assertThat(evidence(screening, SignalName.ACQUAINTANCE_CLAIM)).contains("tel. besprochen");
            assertThat(screening.category()).isEqualTo(Category.ACQUAINTANCE_CLAIM);
        }

        @Test
        void aWishToMeetIsNoPastMeeting() {
            var screening = screen("Guten Tag Frau Marquardt, ich freue mich darauf, Sie kennenzulernen!", INGA);

            assertThat(screening.has(SignalName.ACQUAINTANCE_CLAIM)).isFalse();
            assertThat(screening.category()).isNotEqualTo(Category.ACQUAINTANCE_CLAIM);
        }
    }

    @Nested
    class ShortAndMessy {

        @Test
        void chatAbbreviationsAreReadAsTheWordsTheyStandFor() {
            var analyzer = new TextAnalyzer();

            assertThat(analyzer.analyze("u r", Language.EN).stems())
                    .containsExactly(analyzer.analyze("you are", Language.EN).stems());
            assertThat(analyzer.analyze("hab", Language.DE).stems())
                    .containsExactly(analyzer.analyze("habe", Language.DE).stems());
        }

        @Test
        void aLowerCaseOneLinerWithANeedForTheOfferIsANeed() {
            var screening = screen("need a quote for wedding reception 2 june ~90 ppl, whats ur price pls", FINN);

            assertThat(screening.has(SignalName.DIRECTION_NEED)).isTrue();
            assertThat(screening.category()).isEqualTo(Category.CONCRETE_NEED);
        }
    }
}
