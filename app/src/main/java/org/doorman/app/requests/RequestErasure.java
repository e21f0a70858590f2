package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.doorman.app.members.MemberErasure.FormerMember;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** The requests' part of erasing a member (GDPR article 17). Calls join the caller's transaction. */
public interface RequestErasure {

    /** The requests a member sent and received: other capabilities forget what names them before they change. */
    record Involved(List<RequestId> sent, List<RequestId> received) {
        public Involved {
            sent = List.copyOf(sent);
            received = List.copyOf(received);
        }

        public List<RequestId> all() {
            return Stream.concat(sent.stream(), received.stream()).toList();
        }
    }

    /** What an erasure did, in numbers only: the log line names no person. */
    record Erased(int sentAnonymised, int openEnded, int receivedDeleted) {}

    Involved involving(MemberId memberId);

    /**
     * Ends the member's open requests as a silent decline; what the recipients keep of the requests the member sent
     * stays, without the person ({@code formerMember} in their place, no texts); what the member received goes, with
     * their tasks; their own audit trail keeps the decisions, tied to no person or request.
     */
    Erased erase(MemberId memberId, Involved requests, FormerMember formerMember, Instant now);
}
