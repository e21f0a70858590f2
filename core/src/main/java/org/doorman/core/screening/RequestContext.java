package org.doorman.core.screening;

import java.util.List;

/** What the network knows about the relationship between sender and recipient. */
public record RequestContext(
        int metInPerson,
        boolean priorConversation,
        boolean inAddressBook,
        int mutualContacts,
        List<String> sharedGroups,
        boolean visitedProfileBeforeRequest) {
    public RequestContext {
        if (metInPerson < 0 || mutualContacts < 0) {
            throw new IllegalArgumentException("context counts cannot be negative");
        }
        sharedGroups = List.copyOf(sharedGroups == null ? List.of() : sharedGroups);
    }

    public static RequestContext none() {
        return new RequestContext(0, false, false, 0, List.of(), false);
    }
}
