package org.doorman.app.senders;

/** A sender's record as the operator sees it: the figures screening reads, and the counts behind them. */
record SenderRecordView(
        String id,
        String name,
        int requestsTotal,
        int requestsLast7Days,
        double identicalTextRatio,
        int questionsReceived,
        int questionsAnswered,
        int questionsUnanswered,
        int accepted,
        int declined,
        double acceptanceRate) {

    static SenderRecordView from(String name, SenderFigures figures) {
        return new SenderRecordView(
                figures.senderId(),
                name,
                figures.requestsTotal(),
                figures.requestsLast7Days(),
                figures.identicalTextRatio(),
                figures.questionsReceived(),
                figures.questionsAnswered(),
                figures.questionsReceived() - figures.questionsAnswered(),
                figures.accepted(),
                figures.declined(),
                figures.acceptanceRate());
    }
}
