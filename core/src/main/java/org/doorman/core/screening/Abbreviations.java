package org.doorman.core.screening;

import java.util.Map;

/**
 * Short and chat forms of words ("tel.", "hab", "u", "pls") read as the word they stand for, so that "wie tel.
 * besprochen" finds what "wie telefonisch besprochen" finds. Only forms that stand for one word in the language they
 * are written in; the surface stays as written, for evidence.
 */
final class Abbreviations {

    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("tel", "telefonisch"),
            Map.entry("telef", "telefonisch"),
            Map.entry("hab", "habe"),
            Map.entry("habs", "habe"),
            Map.entry("nen", "einen"),
            Map.entry("ne", "eine"),
            Map.entry("grad", "gerade"),
            Map.entry("wg", "wegen"),
            Map.entry("bzgl", "bezüglich"),
            Map.entry("gesehn", "gesehen"),
            Map.entry("gsehn", "gesehen"),
            Map.entry("wär", "wäre"),
            Map.entry("hätt", "hätte"),
            Map.entry("evtl", "eventuell"),
            Map.entry("ggf", "gegebenenfalls"),
            Map.entry("gibts", "gibt"),
            Map.entry("nix", "nichts"),
            Map.entry("ma", "mal"),
            Map.entry("bissl", "bisschen"),
            Map.entry("brauch", "brauche"),
            Map.entry("such", "suche"),
            Map.entry("kriegen", "bekommen"),
            Map.entry("std", "stunden"),
            Map.entry("lg", "grüße"),
            Map.entry("vg", "grüße"),
            Map.entry("mfg", "grüße"),
            Map.entry("thx", "danke"),
            Map.entry("pls", "bitte"),
            Map.entry("plz", "bitte"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("ya", "you"),
            Map.entry("ur", "your"),
            Map.entry("r", "are"),
            Map.entry("w", "with"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("thx", "thanks"),
            Map.entry("thnx", "thanks"),
            Map.entry("ty", "thanks"),
            Map.entry("convo", "conversation"),
            Map.entry("mtg", "meeting"),
            Map.entry("tmrw", "tomorrow"),
            Map.entry("ppl", "people"),
            Map.entry("biz", "business"),
            Map.entry("msg", "message"),
            Map.entry("yr", "years"),
            Map.entry("yrs", "years"),
            Map.entry("abt", "about"),
            Map.entry("b4", "before"),
            Map.entry("wanna", "want"),
            Map.entry("gonna", "going"),
            Map.entry("sry", "sorry"),
            Map.entry("pic", "picture"),
            Map.entry("pics", "pictures"),
            Map.entry("dont", "don't"),
            Map.entry("cant", "can't"),
            Map.entry("whats", "what's"),
            Map.entry("thurs", "thursday"),
            Map.entry("tues", "tuesday"),
            Map.entry("info", "information"));

    private Abbreviations() {}

    /** The word a lower-cased surface stands for in the language, or the surface itself. */
    static String expand(String surface, Language language) {
        return (language == Language.DE ? GERMAN : ENGLISH).getOrDefault(surface, surface);
    }
}
