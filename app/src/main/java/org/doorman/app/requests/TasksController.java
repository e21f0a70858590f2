package org.doorman.app.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.requests.Views.TaskView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The member's follow-up tasks")
class TasksController {

    private final FollowUps followUps;

    TasksController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "The member's follow-up tasks, open ones first by due date")
    List<TaskView> tasks(
            @AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "false") boolean open) {
        return followUps.of(me.memberId(), open).stream().map(TaskView::from).toList();
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a follow-up task done")
    TaskView done(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        return TaskView.from(followUps.done(me.memberId(), FollowUps.named(id)));
    }
}
