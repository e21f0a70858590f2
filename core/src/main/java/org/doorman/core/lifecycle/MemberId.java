package org.doorman.core.lifecycle;

/** The opaque id of a member, as stored by the app. */
public record MemberId(String value) {
    public MemberId {
        Ids.require(value, "member id");
    }

    @Override
    public String toString() {
        return value;
    }
}
