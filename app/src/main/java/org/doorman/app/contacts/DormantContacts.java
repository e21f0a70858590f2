package org.doorman.app.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorman.app.contacts.DormantContact.Reason;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ranks a member's contacts as candidates for silent removal (never exchanged a message, never answered the question
 * about their motive, never met), and asks a contact about their motive with one click. It never removes anyone: that
 * takes the member's click.
 */
@Service
public class DormantContacts {

    private final ContactList contacts;
    private final JdbcMotiveQuestions questions;
    private final MemberDirectory members;
    private final MessageSource messages;
    private final ContactSettings settings;
    private final Clock clock;

    DormantContacts(
            ContactList contacts,
            JdbcMotiveQuestions questions,
            MemberDirectory members,
            MessageSource messages,
            ContactSettings settings,
            Clock clock) {
        this.contacts = contacts;
        this.questions = questions;
        this.members = members;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<DormantContact> of(MemberId memberId) {
        Instant now = clock.instant();
        var asked = questions.askedBy(memberId);
        var ranked = new ArrayList<DormantContact>();
        for (var contact : contacts.of(memberId)) {
            Optional<MotiveQuestion> question = asked.stream()
                    .filter(q -> q.contactId().value().equals(contact.id()))
                    .findFirst();
            var reasons = new ArrayList<Reason>();
            if (question.map(q -> q.unansweredAt(now)).orElse(false)) {
                reasons.add(Reason.MOTIVE_UNANSWERED);
            }
            if (contact.messagesExchanged() == 0) {
                reasons.add(Reason.NO_MESSAGES);
            }
            if (contact.meetings() == 0) {
                reasons.add(Reason.NO_MEETING);
            }
            boolean answered = question.map(MotiveQuestion::answered).orElse(false);
            if (!reasons.isEmpty() && !answered) {
                ranked.add(new DormantContact(contact, List.copyOf(reasons), question));
            }
        }
        ranked.sort(Comparator.comparing((DormantContact d) -> !d.silentPastDeadline())
                .thenComparing(d -> -d.reasons().size())
                .thenComparing(d -> d.contact().lastInteraction()));
        return ranked;
    }

    /** Asks the contact, in their language, what their motive for connecting was; the answer is due by the deadline. */
    @Transactional
    MotiveQuestion askMotive(MemberId memberId, MemberId contactId) {
        return askMotive(memberId, contactId, clock.instant());
    }

    /**
     * As {@link #askMotive(MemberId, MemberId)}, asked at {@code at}, so that the deadline follows from it. For history
     * written after the fact (the demo's questions of past weeks); a member asks now.
     */
    @Transactional
    public MotiveQuestion askMotive(MemberId memberId, MemberId contactId, Instant at) {
        var contact = contacts.of(memberId).stream()
                .filter(c -> c.id().equals(contactId.value()))
                .findFirst()
                .orElseThrow(() -> ContactList.noContact(contactId.value()));
        var member = members.find(memberId).orElseThrow();
        var other = members.find(contactId).orElseThrow();
        var locale = java.util.Locale.of(other.language());
        Instant now = at;
        String body = messages.getMessage(
                "motive.question",
                new Object[] {other.name(), member.name(), org.doorman.app.web.Moments.date(contact.since(), locale)},
                locale);
        var question = new MotiveQuestion(
                new QuestionId(Ids.next("mq")),
                memberId,
                contactId,
                body,
                now,
                now.plus(settings.motiveDeadline()),
                Optional.empty(),
                Optional.empty());
        questions.add(question);
        return question;
    }

    /**
     * The contact answers the question they were sent ({@code questionId} is empty when the id they sent cannot be
     * one); the answer is some text of at most 5000 characters (the edge's {@code AnswerBody} checks that). 404 when
     * the question is not theirs or was answered already.
     */
    @Transactional
    void answer(MemberId contactId, Optional<QuestionId> questionId, String answer) {
        answer(contactId, questionId, answer, clock.instant());
    }

    /**
     * As {@link #answer(MemberId, Optional, String)}, answered at {@code at}. For history written after the fact (the
     * demo's answer of past weeks); a contact answers now.
     */
    @Transactional
    public void answer(MemberId contactId, Optional<QuestionId> questionId, String answer, Instant at) {
        String text = answer.strip();
        if (!questionId.map(id -> questions.answer(id, contactId, text, at)).orElse(false)) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "There is no open question "
                            + questionId.map(QuestionId::value).orElse("") + " to you.");
        }
    }

    List<MotiveQuestion> openFor(MemberId memberId) {
        return questions.openFor(memberId);
    }

    List<MotiveQuestion> askedBy(MemberId memberId) {
        return questions.askedBy(memberId);
    }
}
