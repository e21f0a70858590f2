package org.doorman.core.strategy;

import static java.util.Map.entry;

import java.util.Map;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.SignalName;

final class WordingEn {

    static final Wording WORDING = new Wording(
            "How I handle contact requests:",
            "any request",
            "any other request",
            "and",
            "I read requests in German and English; for other languages I decide myself.",
            Map.of(
                    Category.KNOWN, "requests from people I already know",
                    Category.ACQUAINTANCE_CLAIM, "requests that mention a meeting or talk I have no record of",
                    Category.CONCRETE_NEED, "requests that refer to what I offer and state a concrete need",
                    Category.COMMON_GROUND, "requests that name a group, school, employer or topic we share",
                    Category.VAGUE_PITCH, "requests that only speak of general benefits or synergies",
                    Category.SALES_PITCH, "requests that want to sell me something or reach people through me",
                    Category.EMPTY, "requests without a personal message"),
            Map.ofEntries(
                    entry(SignalName.NO_TEXT, "without any text"),
                    entry(SignalName.DEFAULT_TEXT, "with only the platform's default sentence"),
                    entry(SignalName.SALUTATION, "that greet me"),
                    entry(SignalName.NO_SALUTATION, "without a greeting"),
                    entry(SignalName.REFERENCES_PROFILE, "that refer to my profile"),
                    entry(SignalName.REFERENCES_OFFER, "that name one of my offers"),
                    entry(SignalName.SENDER_TRADE, "that name what the sender sells"),
                    entry(SignalName.MATCHES_MEMBER_SEEKS, "that offer what I seek"),
                    entry(SignalName.OFFERS_TO_MEMBER, "that offer me something of the sender's"),
                    entry(SignalName.ASKS_FOR_MEMBER_OFFER, "that ask for my offer, a quote or my availability"),
                    entry(SignalName.DIRECTION_NEED, "that ask for what I offer or offer what I seek"),
                    entry(SignalName.DIRECTION_SALE, "that sell me something I neither offer nor seek"),
                    entry(SignalName.STATES_NEED, "that state a need"),
                    entry(SignalName.ASKS_QUESTION, "that ask me a question"),
                    entry(SignalName.CONCRETE_DETAILS, "with concrete details such as dates or figures"),
                    entry(SignalName.VAGUE_BENEFIT, "that speak of win-win or synergies"),
                    entry(SignalName.SALES_OFFER, "that offer me something for sale"),
                    entry(SignalName.PRIVATE_INTEREST_HOOK, "that mention my private interests"),
                    entry(SignalName.INFLUENTIAL_REACH, "that want to reach other people through me"),
                    entry(SignalName.ACQUAINTANCE_CLAIM, "that say we have met or talked"),
                    entry(SignalName.GENERIC_CONTACT, "that only say we may know each other or share contacts"),
                    entry(SignalName.SHARED_GROUP, "that mention a group we share"),
                    entry(SignalName.SHARED_SCHOOL, "that mention a school or university we share"),
                    entry(SignalName.SHARED_EMPLOYER, "that mention an employer we share"),
                    entry(SignalName.SHARED_TOPIC, "that mention a professional topic we share"),
                    entry(SignalName.MET_IN_PERSON, "from people I have met in person"),
                    entry(SignalName.PRIOR_CONVERSATION, "from people I have corresponded with"),
                    entry(SignalName.IN_ADDRESS_BOOK, "from people in my address book"),
                    entry(SignalName.SAME_COMPANY, "from colleagues at my company"),
                    entry(SignalName.MUTUAL_CONTACTS, "from people we both know someone"),
                    entry(SignalName.VISITED_PROFILE, "from people who read my profile first"),
                    entry(
                            SignalName.LIKELY_COLLECTOR,
                            "from senders who send very many or identical requests or leave questions unanswered"),
                    entry(SignalName.LANGUAGE, "in a language I read"),
                    entry(SignalName.LANGUAGE_NOT_SUPPORTED, "in a language other than German or English"),
                    entry(SignalName.TEXT_TRUNCATED, "with very long messages")),
            "not %s",
            "requests that could as well be wanted as unwanted",
            Map.of(
                    Action.ACCEPT, "I accept them.",
                    Action.ACCEPT_AND_FOLLOW_UP, "I accept them and get in touch quickly.",
                    Action.ASK, "I first ask what exactly you have in mind, and decide once you have answered.",
                    Action.INVITE_TO_EVENT,
                            "I accept contact requests after we have met %d times in person; I invite you to the"
                                    + " network's next official event.",
                    Action.DECLINE, "I do not accept them.",
                    Action.REVIEW, "I decide myself."));

    private WordingEn() {}
}
