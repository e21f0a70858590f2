package org.doorman.app.contacts;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.web.Moments;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contacts pages: all contacts, the dormant ones ranked with reasons, one contact's conversation; silent removal. */
@Controller
class ContactsPage {

    private final ContactList contacts;
    private final DormantContacts dormant;
    private final MemberDirectory members;
    private final Clock clock;

    ContactsPage(ContactList contacts, DormantContacts dormant, MemberDirectory members, Clock clock) {
        this.contacts = contacts;
        this.dormant = dormant;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/contacts")
    String all(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        model.addAttribute(
                "contacts",
                contacts.of(me.memberId()).stream().map(c -> Row.of(c, locale)).toList());
        model.addAttribute(
                "questions",
                dormant.openFor(me.memberId()).stream()
                        .map(q -> new Question(
                                q.id().value(),
                                members.find(q.memberId()).map(m -> m.name()).orElse("?"),
                                q.body()))
                        .toList());
        return "contacts/contacts";
    }

    @GetMapping("/contacts/dormant")
    String dormant(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        var now = clock.instant();
        model.addAttribute(
                "dormant",
                dormant.of(me.memberId()).stream()
                        .map(d -> new DormantRow(
                                Row.of(d.contact(), locale),
                                d.reasons().stream()
                                        .map(DormantContact.Reason::wireName)
                                        .toList(),
                                d.waitingForAnswer(now),
                                d.motiveQuestion()
                                        .map(q -> Moments.date(q.deadline(), locale))
                                        .orElse("")))
                        .toList());
        return "contacts/dormant";
    }

    @GetMapping("/contacts/{id}")
    String contact(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, Locale locale, Model model) {
        var contact = contacts.of(me.memberId()).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ContactList.noContact(id));
        model.addAttribute("contact", Row.of(contact, locale));
        model.addAttribute("member", members.find(new MemberId(contact.id())).orElseThrow());
        model.addAttribute(
                "questions",
                dormant.askedBy(me.memberId()).stream()
                        .filter(q -> q.contactId().value().equals(id))
                        .map(q -> new Asked(
                                q.body(),
                                Moments.of(q.askedAt(), locale),
                                q.answer().orElse(null),
                                q.answeredAt().map(a -> Moments.of(a, locale)).orElse(""),
                                Moments.date(q.deadline(), locale)))
                        .toList());
        return "contacts/contact";
    }

    @PostMapping("/contacts/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, RedirectAttributes redirect) {
        var contact = Ids.member(id).orElseThrow(() -> ContactList.noContact(id));
        var name = members.find(contact).map(m -> m.name()).orElse("?");
        if (!contacts.remove(me.memberId(), contact)) {
            throw ContactList.noContact(id);
        }
        redirect.addFlashAttribute("removed", name);
        return "redirect:/contacts/dormant";
    }

    @PostMapping("/contacts/{id}/ask-motive")
    String askMotive(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, RedirectAttributes redirect) {
        var contact = Ids.member(id).orElseThrow(() -> ContactList.noContact(id));
        dormant.askMotive(me.memberId(), contact);
        redirect.addFlashAttribute(
                "asked", members.find(contact).map(m -> m.name()).orElse("?"));
        return "redirect:/contacts/dormant";
    }

    @PostMapping("/contacts/questions/{questionId}/answer")
    String answer(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String questionId,
            @Valid ContactsController.AnswerBody form,
            RedirectAttributes redirect) {
        dormant.answer(me.memberId(), QuestionId.fromCaller(questionId), form.answer());
        redirect.addFlashAttribute("answered", true);
        return "redirect:/contacts";
    }

    record Row(String id, String name, String since, String lastInteraction, int messages, int meetings) {
        static Row of(ContactView c, Locale locale) {
            return new Row(
                    c.id(),
                    c.name(),
                    Moments.date(c.since(), locale),
                    Moments.date(c.lastInteraction(), locale),
                    c.messagesExchanged(),
                    c.meetings());
        }
    }

    record DormantRow(Row contact, java.util.List<String> reasons, boolean waiting, String deadline) {}

    record Question(String id, String from, String body) {}

    record Asked(String body, String askedAt, String answer, String answeredAt, String deadline) {}
}
