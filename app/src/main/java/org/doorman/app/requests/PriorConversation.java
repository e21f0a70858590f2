package org.doorman.app.requests;

/**
 * When a prior conversation counts for knowing each other, in SQL: a request between the two (either way) that was not
 * declined, sent up to {@code :now}, in which both wrote themselves. Only what a person wrote counts (the request's text,
 * replies and messages, not hidden ones), never Doorman's own messages (clarifying questions, invitations), and at
 * least one message besides the request. The query answers when the latest such request was sent, so that the caller
 * can leave out what came before the member last removed the requester.
 */
final class PriorConversation {

    /** The latest such request's {@code sent_at} between {@code :s} and {@code :r}, or NULL. */
    static final String LAST = """
            SELECT MAX(r.sent_at) FROM contact_requests r
            WHERE ((r.sender_id = :s AND r.recipient_id = :r) OR (r.sender_id = :r AND r.recipient_id = :s))
              AND r.sent_at <= :now AND r.state <> 'declined'
              AND (r.sender_id = :r OR EXISTS (SELECT 1 FROM request_messages a WHERE a.request_id = r.id
                   AND a.author_id = :r AND a.kind IN ('reply', 'message') AND a.hidden = FALSE
                   AND a.sent_at <= :now))
              AND (r.sender_id = :s OR EXISTS (SELECT 1 FROM request_messages b WHERE b.request_id = r.id
                   AND b.author_id = :s AND b.kind IN ('reply', 'message') AND b.hidden = FALSE
                   AND b.sent_at <= :now))
              AND EXISTS (SELECT 1 FROM request_messages w WHERE w.request_id = r.id
                          AND w.author_id IN (:s, :r) AND w.kind IN ('reply', 'message') AND w.hidden = FALSE
                          AND w.sent_at <= :now)""";

    private PriorConversation() {}
}
