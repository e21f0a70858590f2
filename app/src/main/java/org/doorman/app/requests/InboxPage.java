package org.doorman.app.requests;

import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox page: received requests newest first, filtered and paged, with accept, silent decline and the two reports
 * ("I don't know this person", "Report spam") per row.
 */
@Controller
class InboxPage {

    static final int PAGE_SIZE = 20;

    private final RequestDesk desk;
    private final Requests requests;
    private final MemberDirectory members;

    InboxPage(RequestDesk desk, Requests requests, MemberDirectory members) {
        this.desk = desk;
        this.requests = requests;
        this.members = members;
    }

    @GetMapping("/inbox")
    String inbox(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var filter = InboxFilter.of(state, category);
        int from = Math.max(0, page) * PAGE_SIZE;
        var found = desk.inbox(me.memberId(), filter, PAGE_SIZE + 1, from);
        model.addAttribute(
                "rows", found.stream().limit(PAGE_SIZE).map(s -> row(s, locale)).toList());
        model.addAttribute("state", state);
        model.addAttribute("category", category);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        return "requests/inbox";
    }

    /** Accept or decline silently from the inbox; with htmx the row is swapped (or taken out of an open view). */
    @PostMapping("/inbox/{id}/decision")
    String decide(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String category,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        var filter = InboxFilter.of(state, category); // refused before anything is decided
        var request = RequestIds.named(id);
        desk.overrule(request, me.memberId(), action);
        return after(me, request, filter, state, category, htmx, locale, model);
    }

    /**
     * "I don't know this person" or "Report spam" from the inbox: declines silently and tells the sender's record;
     * with htmx the row is swapped as after a decision.
     */
    @PostMapping("/inbox/{id}/report")
    String report(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestParam String reason,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String category,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        var filter = InboxFilter.of(state, category);
        var request = RequestIds.named(id);
        desk.report(request, me.memberId(), reason);
        return after(me, request, filter, state, category, htmx, locale, model);
    }

    /** The filter's words are known ones here (the filter parsed them), so they are short and need no escaping. */
    private String after(
            CurrentMember me,
            RequestId id,
            InboxFilter filter,
            String state,
            String category,
            String htmx,
            Locale locale,
            Model model) {
        if (htmx == null) {
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/inbox")
                            .queryParam("state", state.strip())
                            .queryParam("category", category.strip())
                            .encode()
                            .build()
                            .toUriString();
        }
        var stored = desk.visibleTo(id, me.memberId());
        boolean stillShown = filter.states().isEmpty()
                || filter.states().contains(stored.request().state());
        model.addAttribute("row", stillShown ? row(stored, locale) : null);
        model.addAttribute("state", state);
        model.addAttribute("category", category);
        return "requests/inbox :: decided";
    }

    private InboxRow row(StoredRequest stored, Locale locale) {
        return InboxRow.from(stored, members.find(stored.sender()).orElse(null), requests.signals(stored.id()), locale);
    }
}
