package org.doorman.core.lifecycle;

/** The opaque id of a contact request. */
public record RequestId(String value) {
    public RequestId {
        Ids.require(value, "request id");
    }

    @Override
    public String toString() {
        return value;
    }
}
