package org.doorman.batch.requests;

/** The property names of the batch contract's objects that {@link RequestReader} reads; any other is skipped. */
final class RequestFields {

    private RequestFields() {}

    enum Request {
        ID("id"),
        MESSAGE("message"),
        LANGUAGE("language"),
        RECIPIENT("recipient"),
        SENDER("sender"),
        CONTEXT("context"),
        OTHER(null);

        final String json;

        Request(String json) {
            this.json = json;
        }
    }

    enum Profile {
        NAME("name"),
        HEADLINE("headline"),
        ABOUT("about"),
        COMPANY("company"),
        OFFERS("offers"),
        SEEKS("seeks"),
        INTERESTS("interests"),
        GROUPS("groups"),
        STATS("stats"),
        OTHER(null);

        final String json;

        Profile(String json) {
            this.json = json;
        }
    }

    enum Stats {
        REQUESTS_LAST_7_DAYS("requestsLast7Days"),
        IDENTICAL_TEXT_RATIO("identicalTextRatio"),
        QUESTIONS_RECEIVED("questionsReceived"),
        QUESTIONS_ANSWERED("questionsAnswered"),
        ACCEPTANCE_RATE("acceptanceRate"),
        OTHER(null);

        final String json;

        Stats(String json) {
            this.json = json;
        }
    }

    enum Context {
        MET_IN_PERSON("metInPerson"),
        PRIOR_CONVERSATION("priorConversation"),
        IN_ADDRESS_BOOK("inAddressBook"),
        MUTUAL_CONTACTS("mutualContacts"),
        SHARED_GROUPS("sharedGroups"),
        VISITED_PROFILE_BEFORE_REQUEST("visitedProfileBeforeRequest"),
        OTHER(null);

        final String json;

        Context(String json) {
            this.json = json;
        }
    }
}
