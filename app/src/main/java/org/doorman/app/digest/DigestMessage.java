package org.doorman.app.digest;

import java.time.ZoneId;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One digest put into words: a subject, a plain-text part and an HTML part in which everything a requester wrote
 * (their name, their text) and every task title is escaped. Links go to the web app's pages.
 */
record DigestMessage(String subject, String text, String html) {

    static DigestMessage of(
            Digest digest, String name, DigestWords words, ZoneId zone, WebLinks links, String unsubscribeUrl) {
        var text = new StringBuilder();
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(words.language())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(words.subject(digest.items())))
                .append("</title></head><body style=\"font-family: sans-serif; max-width: 40em\">");
        text.append(words.greeting().formatted(name))
                .append('\n')
                .append(words.intro())
                .append("\n\n");
        html.append("<p>")
                .append(escape(words.greeting().formatted(name)))
                .append("<br>")
                .append(escape(words.intro()))
                .append("</p>");
        requests(text, html, words.review(), digest.review(), words, zone, links);
        requests(text, html, words.answered(), digest.answered(), words, zone, links);
        if (!digest.tasks().isEmpty()) {
            String url = links.to("/tasks");
            text.append(words.tasks()).append('\n');
            html.append("<h2>").append(escape(words.tasks())).append("</h2><ul>");
            for (var task : digest.tasks()) {
                String due =
                        words.due().formatted(words.date().format(task.dueAt().atZone(zone)));
                text.append("- ").append(task.title()).append(" (").append(due).append(")\n");
                html.append("<li><a href=\"")
                        .append(escape(url))
                        .append("\">")
                        .append(escape(task.title()))
                        .append("</a> (")
                        .append(escape(due))
                        .append(")</li>");
            }
            text.append("  ").append(words.openTasks()).append(": ").append(url).append("\n\n");
            html.append("</ul>");
        }
        requests(text, html, words.accepted(), digest.accepted(), words, zone, links);
        String inbox = links.to("/inbox");
        if (digest.declinedSilently() > 0) {
            String declined = words.declined().formatted(digest.declinedSilently());
            text.append(declined).append('\n');
            html.append("<p>").append(escape(declined)).append("</p>");
        }
        text.append(words.openInbox()).append(": ").append(inbox).append("\n\n");
        html.append("<p><a href=\"")
                .append(escape(inbox))
                .append("\">")
                .append(escape(words.openInbox()))
                .append("</a></p>");
        text.append("-- \n")
                .append(words.why())
                .append('\n')
                .append(words.unsubscribe())
                .append(": ")
                .append(unsubscribeUrl)
                .append('\n');
        html.append("<hr><p style=\"font-size: smaller\">")
                .append(escape(words.why()))
                .append(" <a href=\"")
                .append(escape(unsubscribeUrl))
                .append("\">")
                .append(escape(words.unsubscribe()))
                .append("</a></p></body></html>");
        return new DigestMessage(words.subject(digest.items()), text.toString(), html.toString());
    }

    private static void requests(
            StringBuilder text,
            StringBuilder html,
            String heading,
            List<Digest.Item> items,
            DigestWords words,
            ZoneId zone,
            WebLinks links) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        html.append("<h2>").append(escape(heading)).append("</h2><ul>");
        for (var item : items) {
            String url = links.to("/requests/" + item.requestId().value());
            String when = words.date().format(item.at().atZone(zone));
            text.append("- ")
                    .append(item.requester())
                    .append(" (")
                    .append(when)
                    .append("): ")
                    .append(item.excerpt())
                    .append("\n  ")
                    .append(url)
                    .append('\n');
            html.append("<li><a href=\"")
                    .append(escape(url))
                    .append("\"><strong>")
                    .append(escape(item.requester()))
                    .append("</strong></a> (")
                    .append(escape(when))
                    .append("): ")
                    .append(escape(item.excerpt()))
                    .append("</li>");
        }
        text.append('\n');
        html.append("</ul>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
