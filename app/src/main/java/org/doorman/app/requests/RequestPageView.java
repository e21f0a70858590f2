package org.doorman.app.requests;

import java.util.List;
import org.doorman.app.members.Member;
import org.doorman.app.web.Highlights.Segment;

/** Everything the request page shows; the sender's page leaves out what screening found. */
record RequestPageView(
        String id,
        String state,
        boolean recipient,
        Member other,
        String sentAt,
        List<Segment> message,
        String category,
        int confidencePercent,
        String ruleId,
        String rule,
        String explanation,
        String decidedBy,
        String deadline,
        Integer meetingsRequired,
        List<SignalLine> signals,
        Context context,
        List<Line> timeline,
        List<Bubble> conversation,
        List<TaskLine> tasks) {

    record SignalLine(String name, String evidence) {}

    /** What the two share: contacts, groups, meetings, and the requester's earlier requests to this member. */
    record Context(
            int mutualContacts, List<String> sharedGroups, int meetings, boolean readAboutMe, List<Line> earlier) {}

    record Line(String at, String what, String detail) {}

    record Bubble(String author, boolean mine, String kind, String body, String at) {}

    record TaskLine(String id, String title, String due, boolean done) {}

    public boolean open() {
        return !state.equals("accepted") && !state.equals("declined");
    }

    public boolean byMember() {
        return decidedBy != null && decidedBy.startsWith("member:");
    }
}
