package org.doorman.batch.linkedin;

final class Text {

    private Text() {}

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
