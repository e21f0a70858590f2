package org.doorman.app.requests;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Category;

/**
 * Which received requests the inbox shows: some states (all when empty) and one category or any. {@code open} stands
 * for every state that still waits for something; {@code waiting} for what waits for the member (review, dialog).
 */
record InboxFilter(Set<RequestState> states, Optional<Category> category) {

    static final InboxFilter ALL = new InboxFilter(Set.of(), Optional.empty());

    InboxFilter {
        states = Set.copyOf(states);
    }

    /** Parses the filter's words; blank means no filter, anything unknown is refused with the words that exist. */
    static InboxFilter of(String state, String category) {
        Set<RequestState> states = switch (state == null ? "" : state.strip()) {
            case "" -> Set.of();
            case "open" ->
                EnumSet.of(
                        RequestState.AWAITING_REPLY,
                        RequestState.IN_DIALOG,
                        RequestState.AWAITING_MEETINGS,
                        RequestState.REVIEW);
            case "waiting" -> EnumSet.of(RequestState.IN_DIALOG, RequestState.REVIEW);
            default ->
                Set.of(RequestState.fromWireName(state.strip())
                        .orElseThrow(() -> RequestProblems.badInput("state: one of open, waiting, screening,"
                                + " awaiting_reply, in_dialog, awaiting_meetings, review, accepted, declined.")));
        };
        Optional<Category> kind = Optional.ofNullable(category)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(c -> Category.fromWireName(c)
                        .orElseThrow(() -> RequestProblems.badInput("category: one of known, acquaintance_claim,"
                                + " concrete_need, common_ground, vague_pitch, sales_pitch, empty.")));
        return new InboxFilter(states, kind);
    }
}
