package org.doorman.app.strategy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholders of a template, and how they are filled. */
final class Placeholders {

    static final List<String> KNOWN = List.of(
            "requester",
            "member",
            "meetings",
            "times",
            "event",
            "policy",
            "eventTitle",
            "eventStartsAt",
            "eventLocation",
            "due");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Placeholders() {}

    static Set<String> unknownIn(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** Fills every placeholder; one without a value is left out, together with the space or blank line it leaves. */
    static String fill(String body, Map<String, String> values) {
        String filled = PLACEHOLDER
                .matcher(body)
                .replaceAll(m -> Matcher.quoteReplacement(
                        values.getOrDefault(m.group(1), "").strip()));
        return filled.replaceAll("[ \\t]+([,.!?])", "$1")
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll("(?m)[ \\t]+$", "")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** "zweimal", "twice": how often, in words where that reads better than a digit. */
    static String times(int count, boolean german) {
        if (german) {
            return switch (count) {
                case 1 -> "einmal";
                case 2 -> "zweimal";
                case 3 -> "dreimal";
                case 4 -> "viermal";
                case 5 -> "fünfmal";
                default -> count + "-mal";
            };
        }
        return switch (count) {
            case 1 -> "once";
            case 2 -> "twice";
            case 3 -> "three times";
            default -> count + " times";
        };
    }
}
