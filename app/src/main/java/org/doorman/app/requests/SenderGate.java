package org.doorman.app.requests;

import java.time.Duration;
import java.time.Instant;
import org.doorman.app.limits.SenderLimits;
import org.doorman.app.senders.SenderStandings;
import org.doorman.app.senders.Standing;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whether a member may send a request now: not while suspended (403), not over the weekly limit (429 with
 * {@code Retry-After}) nor with too many open requests (409); a limited sender has tighter limits. What counts never
 * depends on a decline: a silently declined request counts as open exactly as a pending one.
 */
@Component
class SenderGate {

    private final SenderStandings standings;
    private final SenderLimits limits;
    private final Requests requests;

    SenderGate(SenderStandings standings, SenderLimits limits, Requests requests) {
        this.standings = standings;
        this.limits = limits;
        this.requests = requests;
    }

    /** What was read to admit the sender, for the checks and the screening that follow. */
    record Admitted(Standing standing, SendingHistory history) {}

    /** Admits the sender's request to the recipient, or refuses it with a problem. */
    Admitted admit(MemberId sender, MemberId recipient, Instant now) {
        var standing = standings.of(sender);
        if (standing == Standing.SUSPENDED) {
            throw RequestProblems.of(
                    HttpStatus.FORBIDDEN,
                    "Sending contact requests is paused for your account at the moment. If you think this is a"
                            + " mistake, please contact the network's operator.");
        }
        boolean limited = standing == Standing.LIMITED;
        int perWeek = limits.requestsPerWeek(limited);
        var history = requests.sendingHistory(
                sender, recipient, now.minus(SenderLimits.WEEK), now.minus(limits.openPeriod()), now);
        var sent = history.sentRecently();
        if (sent.size() >= perWeek) {
            // the next request is possible once the oldest of the week's requests is a week old
            var freeAt = sent.get(sent.size() - perWeek).plus(SenderLimits.WEEK);
            long seconds = Math.max(1, Duration.between(now, freeAt).toSeconds() + 1);
            var problem = RequestProblems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "You have sent " + perWeek + " contact requests this week, as many as one member may. Thank you"
                            + " for your patience: you can send the next one in " + readable(seconds) + ".");
            problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw problem;
        }
        int open = limits.openRequests(limited);
        if (history.notAccepted() >= open) {
            throw RequestProblems.conflict("You have " + open + " contact requests waiting for an answer, as many as"
                    + " one member may have open. Please wait until some of them are answered before you send"
                    + " another one.");
        }
        return new Admitted(standing, history);
    }

    /** Rounded up, so that the sender who waits as long as told is never refused again. */
    private static String readable(long seconds) {
        if (seconds > 2 * 86_400) {
            return Math.ceilDiv(seconds, 86_400) + " days";
        }
        if (seconds > 2 * 3_600) {
            return Math.ceilDiv(seconds, 3_600) + " hours";
        }
        return Math.max(1, Math.ceilDiv(seconds, 60)) + " minutes";
    }
}
