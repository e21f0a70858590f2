package org.doorman.core.strategy;

/** A strategy file that cannot be used; the message names the line and the reason. */
public final class StrategyFileException extends IllegalArgumentException {

    private final int line;

    StrategyFileException(int line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
    }

    /** The line of the strategy file where the problem is, or 0 when unknown. */
    public int line() {
        return line;
    }
}
