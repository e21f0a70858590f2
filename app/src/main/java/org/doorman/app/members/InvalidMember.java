package org.doorman.app.members;

/** A registration that cannot be stored; the message says why, in words a caller can act on. */
public final class InvalidMember extends IllegalArgumentException {

    InvalidMember(String message) {
        super(message);
    }
}
