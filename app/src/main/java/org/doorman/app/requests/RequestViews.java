package org.doorman.app.requests;

import java.util.List;
import java.util.Optional;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.requests.Views.HistoryEntry;
import org.doorman.app.requests.Views.InboxItem;
import org.doorman.app.requests.Views.MessageView;
import org.doorman.app.requests.Views.Party;
import org.doorman.app.requests.Views.RecipientView;
import org.doorman.app.requests.Views.RequestView;
import org.doorman.app.requests.Views.SenderView;
import org.doorman.app.requests.Views.SignalView;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Component;

/** Builds the views of stored requests: the recipient's, with everything, and the sender's, with no screening. */
@Component
class RequestViews {

    private final Requests requests;
    private final Conversations conversation;
    private final AuditTrail audit;
    private final MemberDirectory members;

    RequestViews(Requests requests, Conversations conversation, AuditTrail audit, MemberDirectory members) {
        this.requests = requests;
        this.conversation = conversation;
        this.audit = audit;
        this.members = members;
    }

    RequestView of(StoredRequest stored, MemberId caller) {
        var request = stored.request();
        boolean recipient = stored.recipient().equals(caller);
        // The member never sees what the requester wrote after a decline or a removal; its author sees all of it.
        var messages = conversation.of(stored.id()).stream()
                .filter(message -> !(recipient && message.hidden()))
                .map(MessageView::from)
                .toList();
        if (!recipient) {
            return new SenderView(
                    stored.id().value(),
                    request.state().senderView(),
                    party(stored.recipient()),
                    stored.message(),
                    stored.sentAt(),
                    messages);
        }
        var screening = stored.screening();
        return new RecipientView(
                stored.id().value(),
                request.state().wireName(),
                party(stored.sender()),
                party(stored.recipient()),
                stored.message(),
                stored.sentAt(),
                screening.map(ScreeningRecord::languageCode).orElse(null),
                screening
                        .map(s -> new ScreeningView(
                                s.categoryName(),
                                Math.round(s.confidence() * 100) / 100.0,
                                s.actionName(),
                                s.ruleId(),
                                s.rule(),
                                s.explanation()))
                        .orElse(null),
                requests.signals(stored.id()).stream()
                        .map(s -> new SignalView(s.name(), s.weight(), s.evidence()))
                        .toList(),
                request.deadline().orElse(null),
                request.meetingsRequired().orElse(null),
                request.decidedBy().orElse(null),
                request.decidedAt().orElse(null),
                messages,
                audit.of(stored.id()).stream().map(HistoryEntry::from).toList());
    }

    List<InboxItem> inbox(List<StoredRequest> stored) {
        return stored.stream()
                .map(s -> new InboxItem(
                        s.id().value(),
                        s.request().state().wireName(),
                        party(s.sender()),
                        s.message(),
                        s.sentAt(),
                        s.screening().map(ScreeningRecord::categoryName).orElse(null),
                        s.screening().map(ScreeningRecord::actionName).orElse(null),
                        s.screening().map(ScreeningRecord::rule).orElse(null),
                        s.request().deadline().orElse(null),
                        s.request().decidedBy().orElse(null)))
                .toList();
    }

    MessageView lastMessage(StoredRequest stored, MemberId author) {
        var all = conversation.of(stored.id());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).author().equals(author)) {
                return MessageView.from(all.get(i));
            }
        }
        throw new IllegalStateException("the message just written is missing");
    }

    private Party party(MemberId id) {
        Optional<Member> member = members.find(id);
        return new Party(id.value(), member.map(Member::name).orElse(null));
    }
}
