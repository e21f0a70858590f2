package org.doorman.app.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorman.app.members.Member;
import org.doorman.core.strategy.Decision;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says coaching and dry runs in words, in German or English, for the pages and the API alike. */
@Component
class CoachingWords {

    /** One point of advice: done already ({@code ok}) or still to do. */
    record Point(boolean ok, String text) {}

    private final MessageSource messages;

    CoachingWords(MessageSource messages) {
        this.messages = messages;
    }

    List<Point> points(Coaching coaching, Member recipient, Locale locale) {
        String name = recipient.name();
        var points = new ArrayList<Point>();
        points.add(new Point(
                coaching.readAboutMe(),
                say(coaching.readAboutMe() ? "coach.read.ok" : "coach.read.todo", locale, name)));
        points.add(new Point(
                coaching.salutation(),
                say(coaching.salutation() ? "coach.salutation.ok" : "coach.salutation.todo", locale, name)));
        String offers = recipient.profile().offers().isEmpty()
                ? "–"
                : String.join(", ", recipient.profile().offers());
        points.add(new Point(
                coaching.referencesOffer(),
                say(coaching.referencesOffer() ? "coach.offer.ok" : "coach.offer.todo", locale, name, offers)));
        points.add(new Point(
                coaching.concretePurpose(),
                say(coaching.concretePurpose() ? "coach.purpose.ok" : "coach.purpose.todo", locale, name)));
        if (!coaching.vaguePhrases().isEmpty()) {
            points.add(new Point(false, say("coach.vague", locale, quoted(coaching.vaguePhrases()))));
        }
        if (!coaching.salesPhrases().isEmpty()) {
            points.add(new Point(false, say("coach.sales", locale, quoted(coaching.salesPhrases()))));
        }
        return points;
    }

    String likely(Coaching coaching, Member recipient, Locale locale) {
        return say(coaching.outcome().key(), locale, recipient.name());
    }

    /** What the member's strategy would do, in words. */
    String wouldDo(Decision decision, Locale locale) {
        return say(
                "try.outcome." + decision.action().wireName(),
                locale,
                decision.meetingsRequired().orElse(2));
    }

    private String say(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String quoted(List<String> phrases) {
        return String.join(", ", phrases.stream().map(p -> "„" + p + "“").toList());
    }
}
