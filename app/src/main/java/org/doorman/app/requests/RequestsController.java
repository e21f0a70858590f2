package org.doorman.app.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.requests.Views.InboxItem;
import org.doorman.app.requests.Views.MessageView;
import org.doorman.app.requests.Views.NewDecision;
import org.doorman.app.requests.Views.NewMessage;
import org.doorman.app.requests.Views.NewReport;
import org.doorman.app.requests.Views.NewRequest;
import org.doorman.app.requests.Views.RequestView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Requests", description = "Contact requests, their conversation and the member's decisions")
class RequestsController {

    private static final String PAGE = "lies between 1 and 200";

    private final RequestDesk desk;
    private final RequestViews views;

    RequestsController(RequestDesk desk, RequestViews views) {
        this.desk = desk;
        this.views = views;
    }

    @PostMapping("/requests")
    @Operation(
            summary = "Send a contact request",
            description = "Screened at once by the recipient's strategy. Answers the state as the sender may see"
                    + " it: pending or accepted, and a notice when the operator warned the sender.")
    @ApiResponse(responseCode = "201", description = "Sent; the state as the sender may see it")
    @ApiResponse(
            responseCode = "409",
            description = "A request to this member is pending as you see it, you are contacts already, or you have"
                    + " too many open requests")
    @ApiResponse(responseCode = "413", description = "The message has more than 5,000 characters")
    @ApiResponse(responseCode = "422", description = "The recipient does not exist, or is you")
    @ApiResponse(responseCode = "429", description = "Too many requests sent; Retry-After says when to try again")
    ResponseEntity<SentRequest> send(@AuthenticationPrincipal CurrentMember me, @Valid @RequestBody NewRequest body) {
        var sent = desk.send(me.memberId(), body.recipient(), body.message());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/requests/{id}")
    @Operation(
            summary = "A request, as the caller may see it",
            description = "The recipient sees everything; the sender sees pending or accepted and the conversation.")
    RequestView request(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        return views.of(desk.visibleTo(RequestIds.named(id), me.memberId()), me.memberId());
    }

    @PostMapping("/requests/{id}/messages")
    @Operation(summary = "Write in a request's conversation; the sender's answer to a question opens a dialog")
    @ApiResponse(responseCode = "201", description = "Written")
    @ApiResponse(responseCode = "409", description = "The request is not in a state that takes this message")
    @ApiResponse(responseCode = "413", description = "The message is too long")
    @ApiResponse(responseCode = "429", description = "Too many messages; Retry-After says when to try again")
    ResponseEntity<MessageView> message(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id, @Valid @RequestBody NewMessage body) {
        var stored = desk.post(RequestIds.named(id), me.memberId(), body.body());
        return ResponseEntity.status(201).body(views.lastMessage(stored, me.memberId()));
    }

    @PostMapping("/requests/{id}/decision")
    @Operation(summary = "The recipient's own decision: accept or decline; overrides the strategy")
    @ApiResponse(responseCode = "200", description = "Decided; the request as the recipient sees it")
    @ApiResponse(responseCode = "409", description = "The request is decided already")
    RequestView decision(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id, @Valid @RequestBody NewDecision body) {
        return views.of(desk.decide(RequestIds.named(id), me.memberId(), body.action()), me.memberId());
    }

    @PostMapping("/requests/{id}/report")
    @Operation(
            summary = "The recipient reports a request: unknown_person or spam",
            description = "Declines it silently (the requester is not told) and counts against the sender.")
    RequestView report(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id, @Valid @RequestBody NewReport body) {
        return views.of(desk.report(RequestIds.named(id), me.memberId(), body.reason()), me.memberId());
    }

    @GetMapping("/inbox")
    @Operation(
            summary = "Requests received, newest first",
            description = "Filter with ?state= (a state, or open, or waiting) and ?category=.")
    List<InboxItem> inbox(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam Optional<String> state,
            @RequestParam Optional<String> category,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = PAGE) @Max(value = 200, message = PAGE)
                    int limit,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "is at least 0") int offset) {
        var filter = InboxFilter.of(state.orElse(""), category.orElse(""));
        return views.inbox(desk.inbox(me.memberId(), filter, limit, offset));
    }
}
