package org.doorman.core.screening;

import java.util.List;

/** The facts of an existing relationship, from the network's data only: meetings, conversations, address book. */
record RelationshipDetector(Weights weights) implements Detector {

    @Override
    public void detect(Request request, List<Signal> signals) {
        var context = request.input().context();
        if (context.metInPerson() >= 1) {
            signals.add(weights.signal(
                    SignalName.MET_IN_PERSON,
                    "met in person " + context.metInPerson() + (context.metInPerson() == 1 ? " time" : " times")));
        }
        if (context.priorConversation()) {
            signals.add(weights.signal(SignalName.PRIOR_CONVERSATION, "a past two-way conversation"));
        }
        if (context.inAddressBook()) {
            signals.add(weights.signal(SignalName.IN_ADDRESS_BOOK, "in the member's address book"));
        }
        var mine = request.input().recipient().company().strip();
        var theirs = request.input().sender().company().strip();
        if (!mine.isEmpty() && mine.equalsIgnoreCase(theirs)) {
            signals.add(weights.signal(
                    SignalName.SAME_COMPANY, request.input().sender().company().strip()));
        }
        if (context.mutualContacts() > 0) {
            signals.add(weights.signal(SignalName.MUTUAL_CONTACTS, context.mutualContacts() + " mutual contacts"));
        }
        if (context.visitedProfileBeforeRequest()) {
            signals.add(weights.signal(SignalName.VISITED_PROFILE, "visited the profile before the request"));
        }
    }

    /** Whether the raised signals show an existing relationship. */
    static boolean known(java.util.Set<SignalName> raised) {
        for (var signal : KNOWN) {
            if (raised.contains(signal)) {
                return true;
            }
        }
        return false;
    }

    private static final SignalName[] KNOWN = {
        SignalName.MET_IN_PERSON, SignalName.PRIOR_CONVERSATION, SignalName.IN_ADDRESS_BOOK, SignalName.SAME_COMPANY
    };
}
