package org.doorman.app.requests;

import java.time.Clock;
import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.web.Moments;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Follow-ups due, open ones first, each done with one click. */
@Controller
class TasksPage {

    private final FollowUps followUps;
    private final Clock clock;

    TasksPage(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        var now = clock.instant();
        model.addAttribute(
                "tasks",
                followUps.of(me.memberId(), false).stream()
                        .map(t -> new TaskRow(
                                t.id().value(),
                                t.title(),
                                t.contactName(),
                                t.request().map(RequestId::value).orElse(null),
                                Moments.date(t.dueAt(), locale),
                                t.doneAt().isEmpty() && t.dueAt().isBefore(now),
                                t.doneAt().isPresent()))
                        .toList());
        return "requests/tasks";
    }

    @PostMapping("/tasks/{id}/done")
    String done(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        followUps.done(me.memberId(), FollowUps.named(id));
        return "redirect:/tasks";
    }

    record TaskRow(
            String id, String title, String contact, String requestId, String due, boolean overdue, boolean done) {}
}
