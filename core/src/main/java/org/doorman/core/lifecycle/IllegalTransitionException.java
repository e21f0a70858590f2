package org.doorman.core.lifecycle;

/** A request was asked to make a move its state does not allow. */
public final class IllegalTransitionException extends RuntimeException {
    private final RequestState state;

    public IllegalTransitionException(RequestState state, String reason) {
        super(reason);
        this.state = state;
    }

    public RequestState state() {
        return state;
    }
}
