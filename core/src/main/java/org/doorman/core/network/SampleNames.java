package org.doorman.core.network;

import java.util.List;

/** Names for the members of a generated network: the growth fixture's and the load generator's, alike. */
public final class SampleNames {

    private static final List<String> FIRST = List.of(
            "Anna",
            "Lukas",
            "Mia",
            "Jonas",
            "Lea",
            "Felix",
            "Sophie",
            "Paul",
            "Emma",
            "Ben",
            "Olivia",
            "James",
            "Amelia",
            "Noah",
            "Charlotte",
            "Oliver");
    private static final List<String> LAST = List.of(
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson");

    private SampleNames() {}

    /** The full name of the {@code index}th member (from 0); names repeat after 224 members. */
    public static String of(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return FIRST.get(index % FIRST.size()) + " " + LAST.get((index / FIRST.size()) % LAST.size());
    }
}
