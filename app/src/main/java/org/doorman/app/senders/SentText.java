package org.doorman.app.senders;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A request's text and the name of its recipient, compared with the sender's other texts. */
record SentText(String message, String recipientName) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The share of texts that another text repeats word for word, once the recipient's name, case, punctuation and
     * spacing are set aside: a text sent to 8 of 10 recipients alike gives 0.8. Empty texts are never identical.
     */
    static double identicalShare(List<SentText> texts) {
        if (texts.size() < 2) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        texts.stream()
                .map(SentText::normalized)
                .filter(t -> !t.isEmpty())
                .forEach(t -> counts.merge(t, 1, Integer::sum));
        int repeated = counts.values().stream()
                .filter(n -> n > 1)
                .mapToInt(Integer::intValue)
                .sum();
        return (double) repeated / texts.size();
    }

    String normalized() {
        if (message == null) {
            return "";
        }
        String text = " " + NOT_A_WORD.matcher(message.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        if (recipientName != null) {
            for (String part : NOT_A_WORD.split(recipientName.toLowerCase(Locale.ROOT))) {
                if (part.length() > 1) {
                    text = text.replace(" " + part + " ", " ");
                }
            }
        }
        return text.strip().replaceAll(" +", " ");
    }
}
