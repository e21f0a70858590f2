package org.doorman.app.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts")
class ContactsController {

    private final ContactList contacts;
    private final DormantContacts dormant;

    ContactsController(ContactList contacts, DormantContacts dormant) {
        this.contacts = contacts;
        this.dormant = dormant;
    }

    @GetMapping
    @Operation(summary = "Your confirmed contacts, with how much you interacted")
    List<ContactView> contacts(@AuthenticationPrincipal CurrentMember me) {
        return contacts.of(me.memberId());
    }

    @GetMapping("/dormant")
    @Operation(
            summary = "Contacts ranked as candidates for silent removal, with the reasons",
            description = "Reasons: motive_unanswered (asked about their motive, silent past the deadline; these come"
                    + " first), no_messages, no_meeting. Nothing is removed without DELETE /contacts/{memberId}.")
    List<DormantView> dormant(@AuthenticationPrincipal CurrentMember me) {
        return dormant.of(me.memberId()).stream().map(DormantView::from).toList();
    }

    @PostMapping("/{memberId}/motive-question")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask a contact what their motive for connecting was (a template in their language)")
    QuestionView askMotive(@PathVariable String memberId, @AuthenticationPrincipal CurrentMember me) {
        return QuestionView.from(dormant.askMotive(
                me.memberId(), Ids.member(memberId).orElseThrow(() -> ContactList.noContact(memberId))));
    }

    @PostMapping("/questions/{questionId}/answer")
    @Operation(summary = "Answer a motive question a contact put to you")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(
            @PathVariable String questionId,
            @Valid @RequestBody AnswerBody body,
            @AuthenticationPrincipal CurrentMember me) {
        dormant.answer(me.memberId(), QuestionId.fromCaller(questionId), body.answer());
    }

    /** A contact's answer to a motive question, from the API or the contact's page. */
    record AnswerBody(
            @NotBlank(message = "is missing: write your answer")
            @Size(max = 5000, message = "has at most 5000 characters")
            String answer) {}

    record QuestionView(String id, String body, Instant askedAt, Instant deadline, String answer, Instant answeredAt) {
        static QuestionView from(MotiveQuestion q) {
            return new QuestionView(
                    q.id().value(),
                    q.body(),
                    q.askedAt(),
                    q.deadline(),
                    q.answer().orElse(null),
                    q.answeredAt().orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DormantView(
            String id,
            String name,
            Instant since,
            Instant lastInteraction,
            int messagesExchanged,
            int meetings,
            List<String> reasons,
            QuestionView motiveQuestion) {
        static DormantView from(DormantContact d) {
            var c = d.contact();
            return new DormantView(
                    c.id(),
                    c.name(),
                    c.since(),
                    c.lastInteraction(),
                    c.messagesExchanged(),
                    c.meetings(),
                    d.reasons().stream().map(DormantContact.Reason::wireName).toList(),
                    d.motiveQuestion().map(QuestionView::from).orElse(null));
        }
    }

    @DeleteMapping("/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a contact silently: the other side is not told")
    void remove(@PathVariable String memberId, @AuthenticationPrincipal CurrentMember me) {
        if (!Ids.member(memberId)
                .map(contact -> contacts.remove(me.memberId(), contact))
                .orElse(false)) {
            throw ContactList.noContact(memberId);
        }
    }
}
