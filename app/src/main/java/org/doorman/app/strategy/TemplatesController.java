package org.doorman.app.strategy;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member's message templates: {@code GET} lists every purpose in German and English with the wording in use;
 * {@code PUT} sets the listed ones ({@code {"templates": [{"purpose", "language", "body"}]}}), an empty or null body
 * going back to Doorman's wording.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplatesController {

    static final int MAX_BODY = 2000;
    static final int MAX_CHANGES = 20;
    private static final List<Language> WRITTEN = List.of(Language.DE, Language.EN);

    private final JdbcTemplateStore store;
    private final Clock clock;

    TemplatesController(JdbcTemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Your message templates by purpose and language, your own or the defaults")
    TemplatesView templates(@AuthenticationPrincipal CurrentMember me) {
        var own = store.all(me.memberId());
        var templates = new ArrayList<TemplateView>();
        for (Purpose purpose : Purpose.values()) {
            for (Language language : WRITTEN) {
                Optional<OwnTemplate> mine = own.stream()
                        .filter(t -> t.purpose() == purpose && t.language() == language)
                        .findFirst();
                templates.add(new TemplateView(
                        purpose.wireName(),
                        language.code(),
                        mine.map(OwnTemplate::body).orElseGet(() -> DefaultTemplates.of(purpose, language)),
                        mine.isPresent()));
            }
        }
        return new TemplatesView(Placeholders.KNOWN, templates);
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Change some of your message templates; the others stay as they are")
    TemplatesView set(@RequestBody TemplateChanges body, @AuthenticationPrincipal CurrentMember me) {
        if (body == null || body.templates() == null || body.templates().isEmpty()) {
            throw refused("List the templates to change: {\"templates\": [{\"purpose\": \"clarify_empty\","
                    + " \"language\": \"de\", \"body\": \"...\"}]}.");
        }
        if (body.templates().size() > MAX_CHANGES) {
            throw refused("At most " + MAX_CHANGES + " templates can be changed at once (there are 10 in all).");
        }
        var checked =
                body.templates().stream().map(TemplatesController::checked).toList();
        var now = clock.instant();
        for (var change : checked) {
            if (change.body().isEmpty()) {
                store.remove(me.memberId(), change.purpose(), change.language());
            } else {
                store.put(me.memberId(), change, now);
            }
        }
        return templates(me);
    }

    static OwnTemplate checked(TemplateChange change) {
        if (change == null) {
            throw refused("A template change is an object with purpose, language and body.");
        }
        Purpose purpose = Purpose.fromWireName(change.purpose())
                .orElseThrow(() -> refused("There is no template purpose '" + change.purpose() + "'; the purposes are "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Purpose.values())
                                        .map(Purpose::wireName)
                                        .toList())
                        + "."));
        Language language = Language.fromCode(change.language())
                .filter(WRITTEN::contains)
                .orElseThrow(() -> refused("Templates are written in 'de' or 'en', not '" + change.language() + "'."));
        String text = change.body() == null ? "" : change.body().strip();
        if (text.length() > MAX_BODY) {
            throw refused("A template has at most " + MAX_BODY + " characters; this one has " + text.length() + ".");
        }
        var unknown = Placeholders.unknownIn(text);
        if (!unknown.isEmpty()) {
            throw refused("Unknown placeholders "
                    + unknown.stream().map(p -> "{" + p + "}").toList() + "; the placeholders are "
                    + Placeholders.KNOWN.stream().map(p -> "{" + p + "}").toList() + ".");
        }
        return new OwnTemplate(purpose, language, text);
    }

    private static ResponseStatusException refused(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    record TemplateChanges(List<TemplateChange> templates) {}

    record TemplateChange(String purpose, String language, String body) {}

    record TemplateView(String purpose, String language, String body, boolean own) {}

    record TemplatesView(List<String> placeholders, List<TemplateView> templates) {}
}
