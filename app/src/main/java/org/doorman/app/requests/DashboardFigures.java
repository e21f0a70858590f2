package org.doorman.app.requests;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorman.app.web.Moments;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.SignalName;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's figures over the last weeks: requests per week by category, outcomes, the share of requesters who read
 * "About me" first, clarifying questions answered or left in silence, and likely contact collectors caught.
 */
@Service
class DashboardFigures {

    static final int WEEKS = 10;

    private final Requests requests;
    private final MessageSource messages;
    private final Clock clock;

    DashboardFigures(Requests requests, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    record Series(String key, String label, List<Integer> data) {}

    record Slice(String key, String label, int value) {}

    record Figures(
            List<String> weeks,
            List<Series> perWeek,
            List<Slice> outcomes,
            List<Slice> aboutMe,
            List<Slice> questions,
            int collectorsCaught,
            int received,
            int readAboutMePercent) {}

    @Transactional(readOnly = true)
    Figures of(MemberId member, Locale locale) {
        var zone = ZoneId.systemDefault();
        LocalDate thisWeek =
                LocalDate.ofInstant(clock.instant(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(WEEKS - 1);
        var received = requests.receivedSince(member, first.atStartOfDay(zone).toInstant());
        var visited = requests.withSignal(member, SignalName.VISITED_PROFILE.wireName());
        var collectors = requests.withSignal(member, SignalName.LIKELY_COLLECTOR.wireName());

        var weeks = new ArrayList<String>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(Moments.date(first.plusWeeks(i).atStartOfDay(zone).toInstant(), locale));
        }
        var perCategory = new LinkedHashMap<String, int[]>();
        for (Category category : Category.values()) {
            perCategory.put(category.wireName(), new int[WEEKS]);
        }
        var outcomes = new LinkedHashMap<String, Integer>();
        for (String key : List.of("accepted", "declined", "open")) {
            outcomes.put(key, 0);
        }
        int read = 0;
        int caught = 0;
        var questions = new LinkedHashMap<String, Integer>();
        for (String key : List.of("answered", "silent", "waiting")) {
            questions.put(key, 0);
        }
        for (var stored : received) {
            int week = (int) (Duration.between(first.atStartOfDay(zone).toInstant(), stored.sentAt())
                            .toDays()
                    / 7);
            String category =
                    stored.screening().map(ScreeningRecord::categoryName).orElse(null);
            if (category != null && week >= 0 && week < WEEKS && perCategory.containsKey(category)) {
                perCategory.get(category)[week]++;
            }
            var state = stored.request().state();
            String outcome =
                    state == RequestState.ACCEPTED ? "accepted" : state == RequestState.DECLINED ? "declined" : "open";
            outcomes.merge(outcome, 1, Integer::sum);
            if (visited.contains(stored.id())) {
                read++;
            }
            if (collectors.contains(stored.id())) {
                caught++;
            }
            if (stored.request().askedAt().isPresent()) {
                boolean silent = stored.request()
                        .decidedBy()
                        .map(d -> d.startsWith("system:"))
                        .orElse(false);
                String key = state == RequestState.AWAITING_REPLY ? "waiting" : silent ? "silent" : "answered";
                questions.merge(key, 1, Integer::sum);
            }
        }
        var series = new ArrayList<Series>();
        perCategory.forEach((key, counts) -> series.add(new Series(
                key,
                say("category." + key, locale),
                java.util.Arrays.stream(counts).boxed().toList())));
        return new Figures(
                weeks,
                series,
                slices(outcomes, "dashboard.outcome.", locale),
                List.of(
                        new Slice("read", say("dashboard.aboutMe.read", locale), read),
                        new Slice("notRead", say("dashboard.aboutMe.notRead", locale), received.size() - read)),
                slices(questions, "dashboard.questions.", locale),
                caught,
                received.size(),
                received.isEmpty() ? 0 : Math.round(100f * read / received.size()));
    }

    private List<Slice> slices(Map<String, Integer> counts, String prefix, Locale locale) {
        return counts.entrySet().stream()
                .map(e -> new Slice(e.getKey(), say(prefix + e.getKey(), locale), e.getValue()))
                .toList();
    }

    private String say(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
