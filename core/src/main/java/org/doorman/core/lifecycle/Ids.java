package org.doorman.core.lifecycle;

final class Ids {
    private Ids() {}

    static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " cannot be blank");
        }
        if (value.length() > 40) {
            throw new IllegalArgumentException("a " + what + " has at most 40 characters");
        }
    }
}
