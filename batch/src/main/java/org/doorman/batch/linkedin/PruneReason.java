package org.doorman.batch.linkedin;

/** Why a connection may be worth pruning, with its weight in the ranking and its words. */
public enum PruneReason {
    NO_MESSAGE("no_message", 3, "no message ever exchanged"),
    UNANSWERED_QUESTION("unanswered_question", 2, "never answered your question"),
    NEVER_WROTE("never_wrote", 1, "never wrote to you"),
    SILENT_FOR_A_YEAR("silent_for_a_year", 1, "no message for more than a year");

    private final String id;
    private final int weight;
    private final String description;

    PruneReason(String id, int weight, String description) {
        this.id = id;
        this.weight = weight;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public int weight() {
        return weight;
    }

    public String description() {
        return description;
    }
}
