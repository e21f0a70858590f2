package org.doorman.app.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.doorman.app.members.OwnSettings;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Service;

/**
 * A member's choice of when the digest comes; members who chose nothing have the configured default. Also shown and
 * changed as {@code digest} in {@code GET}/{@code PUT /me}.
 */
@Service
class DigestPreferences implements OwnSettings {

    /** The settings as the API shows them; {@code nextDigestAt} is empty for {@code never}. */
    record View(String frequency, String time, String timeZone, String day, Instant nextDigestAt) {

        static View of(DigestSchedule schedule, Instant next) {
            return new View(
                    schedule.frequency().wireName(),
                    schedule.timeText(),
                    schedule.zone().getId(),
                    schedule.dayText(),
                    next);
        }
    }

    /** What {@code PUT} takes: every field optional, a missing one stays as it is. */
    record Change(String frequency, String time, String timeZone, String day) {}

    private final JdbcDigests digests;
    private final DigestSettings settings;
    private final Clock clock;

    DigestPreferences(JdbcDigests digests, DigestSettings settings, Clock clock) {
        this.digests = digests;
        this.settings = settings;
        this.clock = clock;
    }

    View of(MemberId memberId) {
        return digests.find(memberId)
                .map(stored -> View.of(stored.schedule(), stored.nextDueAt().orElse(null)))
                .orElseGet(() -> {
                    var defaults = settings.defaults();
                    return View.of(defaults, defaults.nextAfter(clock.instant()).orElse(null));
                });
    }

    /** Throws {@link IllegalArgumentException} with a sentence for the caller when a field is not valid. */
    View change(MemberId memberId, Change change) {
        var current = of(memberId);
        var schedule = DigestSchedule.parse(
                change.frequency() == null ? current.frequency() : change.frequency(),
                change.time() == null ? current.time() : change.time(),
                change.timeZone() == null ? current.timeZone() : change.timeZone(),
                change.day() == null ? current.day() : change.day());
        Instant now = clock.instant();
        var next = schedule.nextAfter(now);
        digests.save(memberId, schedule, next, now);
        return View.of(schedule, next.orElse(null));
    }

    void turnOff(MemberId memberId) {
        digests.turnOff(memberId, clock.instant());
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public Object shown(MemberId memberId) {
        return of(memberId);
    }

    @Override
    public Object changeFrom(MemberId memberId, Map<String, String> fields) {
        return change(
                memberId,
                new Change(fields.get("frequency"), fields.get("time"), fields.get("timeZone"), fields.get("day")));
    }
}
