package org.doorman.batch.screen;

import org.doorman.batch.requests.RequestCodec;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Decision;
import org.doorman.core.strategy.Strategy;

/** Turns one input line of the batch contract into one output line: a decision or an error. */
final class JsonLineScreening {

    private final Screener screener;
    private final Strategy strategy;

    JsonLineScreening(Screener screener, Strategy strategy) {
        this.screener = screener;
        this.strategy = strategy;
    }

    /** Writes the answer to {@code line} to {@code out}; returns false when the line was refused. */
    boolean screen(byte[] line, int length, AnswerWriter out) {
        RequestCodec.Request request;
        try {
            request = RequestCodec.read(line, length);
        } catch (RequestCodec.MalformedJson e) {
            return error(out, null, "not JSON: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(out, RequestCodec.idOf(e), e.getMessage());
        }
        Decision decision;
        try {
            decision = strategy.evaluate(screener.screen(request.input()));
        } catch (RuntimeException e) {
            return error(out, request.id(), "internal error: " + e);
        }
        out.decision(request.id(), decision);
        return true;
    }

    static boolean error(AnswerWriter out, Object id, String message) {
        out.error(id, message);
        return false;
    }
}
