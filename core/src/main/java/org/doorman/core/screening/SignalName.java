package org.doorman.core.screening;

import java.util.Optional;

/** The closed set of signals screening can raise; strategy rules may only name these. */
public enum SignalName {
    NO_TEXT("no_text"),
    DEFAULT_TEXT("default_text"),
    SALUTATION("salutation"),
    NO_SALUTATION("no_salutation"),
    REFERENCES_PROFILE("references_profile"),
    REFERENCES_OFFER("references_offer"),
    SENDER_TRADE("sender_trade"),
    MATCHES_MEMBER_SEEKS("matches_member_seeks"),
    OFFERS_TO_MEMBER("offers_to_member"),
    ASKS_FOR_MEMBER_OFFER("asks_for_member_offer"),
    DIRECTION_NEED("direction_need"),
    DIRECTION_SALE("direction_sale"),
    STATES_NEED("states_need"),
    ASKS_QUESTION("asks_question"),
    CONCRETE_DETAILS("concrete_details"),
    VAGUE_BENEFIT("vague_benefit"),
    SALES_OFFER("sales_offer"),
    PRIVATE_INTEREST_HOOK("private_interest_hook"),
    INFLUENTIAL_REACH("influential_reach"),
    ACQUAINTANCE_CLAIM("acquaintance_claim"),
    GENERIC_CONTACT("generic_contact"),
    SHARED_GROUP("shared_group"),
    SHARED_SCHOOL("shared_school"),
    SHARED_EMPLOYER("shared_employer"),
    SHARED_TOPIC("shared_topic"),
    MET_IN_PERSON("met_in_person"),
    PRIOR_CONVERSATION("prior_conversation"),
    IN_ADDRESS_BOOK("in_address_book"),
    SAME_COMPANY("same_company"),
    MUTUAL_CONTACTS("mutual_contacts"),
    VISITED_PROFILE("visited_profile"),
    LIKELY_COLLECTOR("likely_collector"),
    LANGUAGE("language"),
    LANGUAGE_NOT_SUPPORTED("language_not_supported"),
    TEXT_TRUNCATED("text_truncated");

    private final String wireName;

    SignalName(String wireName) {
        this.wireName = wireName;
    }

    /** The name in JSON and strategy files, e.g. {@code references_offer}. */
    public String wireName() {
        return wireName;
    }

    private static final java.util.Map<String, SignalName> BY_WIRE_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toMap(SignalName::wireName, s -> s)); // never changed

    public static Optional<SignalName> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }

    /** The names of the signals raised, as a set. */
    public static java.util.Set<SignalName> setOf(java.util.List<Signal> signals) {
        var set = java.util.EnumSet.noneOf(SignalName.class);
        for (var signal : signals) {
            var name = BY_WIRE_NAME.get(signal.name());
            if (name != null) {
                set.add(name);
            }
        }
        return set;
    }
}
