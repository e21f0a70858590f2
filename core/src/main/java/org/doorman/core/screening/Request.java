package org.doorman.core.screening;

/** One request as the detectors see it: the input, its analysed text and the lexicon phrases found in it. */
record Request(
        ScreeningInput input,
        Language language,
        Tokens tokens,
        Cues cues,
        Names names,
        boolean[] nameTokens,
        StemIndex stems,
        int contentWords) {

    static Request of(
            ScreeningInput input,
            Language language,
            Tokens tokens,
            Cues cues,
            TextPresenceDetector.Vocabulary vocabulary) {
        var names = Names.of(input);
        var nameTokens = names.flags(tokens);
        return new Request(
                input,
                language,
                tokens,
                cues,
                names,
                nameTokens,
                StemIndex.of(tokens),
                vocabulary.contentWords(tokens, nameTokens, signature(tokens, cues)));
    }

    /**
     * Where the signature begins: after the last closing ("Viele Grüße", "Best,") in the second half of the text,
     * names, titles and addresses follow that are not the request's content.
     */
    private static int signature(Tokens tokens, Cues cues) {
        int last = cues.lastFrom("closing");
        return last >= tokens.size() / 2 ? last : tokens.size();
    }

    /** Whether a phrase of the section (by its {@link Cues#id}) was found. */
    boolean hasCue(int section) {
        return cues.has(section);
    }

    /** The words of the first matches of a section (by its {@link Cues#id}), joined, as evidence. */
    String evidence(int section, int limit) {
        return cues.evidence(section, tokens, limit);
    }
}
