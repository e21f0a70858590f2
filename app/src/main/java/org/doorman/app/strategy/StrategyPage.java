package org.doorman.app.strategy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.app.members.CurrentMember;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strategy page: choose a preset or edit the rules (order, conditions, action) as a strategy file, see the plain
 * words in German and English update as you type, and edit the message templates. Saving goes through the same
 * checks as {@code PUT /strategy} and {@code PUT /templates}.
 */
@Controller
class StrategyPage {

    private static final List<Purpose> EDITABLE = List.of(
            Purpose.CLARIFY_VAGUE_PITCH, Purpose.CLARIFY_EMPTY, Purpose.CLARIFY_COMMON_GROUND, Purpose.INVITE_TO_EVENT);

    private final JdbcStrategies strategies;
    private final JdbcTemplateStore templates;
    private final JsonMapper json;
    private final Clock clock;

    StrategyPage(JdbcStrategies strategies, JdbcTemplateStore templates, JsonMapper json, Clock clock) {
        this.strategies = strategies;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/strategy")
    String page(@AuthenticationPrincipal CurrentMember me, Model model) {
        var mine = strategies.of(me.memberId());
        model.addAttribute("presets", Strategy.presetNames());
        model.addAttribute("preset", mine.preset().orElse(""));
        if (!model.containsAttribute("rules")) {
            model.addAttribute("rules", StrategyFiles.render(mine.strategy()));
        }
        model.addAttribute("preview", Preview.of(mine.strategy()));
        model.addAttribute("templates", templates(me.memberId()));
        model.addAttribute("placeholders", Placeholders.KNOWN);
        return "strategy/strategy";
    }

    /** Saves a preset ({@code preset=...}) or own rules ({@code rules=<strategy file>}). */
    @PostMapping("/strategy")
    @Transactional
    String save(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String preset,
            @RequestParam(defaultValue = "") String rules,
            RedirectAttributes redirect) {
        try {
            strategies.put(me.memberId(), parsed(preset, rules), clock.instant());
            redirect.addFlashAttribute("saved", true);
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("problem", refused.getReason());
            redirect.addFlashAttribute("rules", rules);
        }
        return "redirect:/strategy";
    }

    /** The plain words of what is being edited, in German and English; saves nothing. */
    @PostMapping("/strategy/preview")
    String preview(
            @RequestParam(defaultValue = "") String preset,
            @RequestParam(defaultValue = "") String rules,
            Model model) {
        try {
            model.addAttribute("preview", Preview.of(parsed(preset, rules).strategy()));
        } catch (ResponseStatusException refused) {
            model.addAttribute("previewProblem", refused.getReason());
        }
        return "strategy/strategy :: preview";
    }

    @PostMapping("/strategy/templates")
    @Transactional
    String saveTemplates(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        var changes = new ArrayList<OwnTemplate>();
        try {
            for (var purpose : EDITABLE) {
                for (var language : List.of(Language.DE, Language.EN)) {
                    String body = form.get(purpose.wireName() + "." + language.code());
                    if (body != null) {
                        changes.add(TemplatesController.checked(
                                new TemplatesController.TemplateChange(purpose.wireName(), language.code(), body)));
                    }
                }
            }
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("templateProblem", refused.getReason());
            return "redirect:/strategy#templates";
        }
        var now = clock.instant();
        for (var change : changes) {
            if (change.body().isEmpty()
                    || change.body().equals(DefaultTemplates.of(change.purpose(), change.language()))) {
                templates.remove(me.memberId(), change.purpose(), change.language());
            } else {
                templates.put(me.memberId(), change, now);
            }
        }
        redirect.addFlashAttribute("templatesSaved", true);
        return "redirect:/strategy#templates";
    }

    private MemberStrategy parsed(String preset, String rules) {
        if (preset.isBlank() && rules.isBlank()) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "Choose a preset or write rules.");
        }
        if (!preset.isBlank()) {
            return StrategyController.parsed(json.createObjectNode().put("preset", preset.strip()));
        }
        try {
            return StrategyController.parsed(json.readTree(rules));
        } catch (tools.jackson.core.JacksonException e) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "The rules are not valid JSON: " + e.getOriginalMessage());
        }
    }

    private List<TemplateLine> templates(MemberId memberId) {
        var own = templates.all(memberId);
        var lines = new ArrayList<TemplateLine>();
        for (var purpose : EDITABLE) {
            for (var language : List.of(Language.DE, Language.EN)) {
                String body = own.stream()
                        .filter(t -> t.purpose() == purpose && t.language() == language)
                        .map(OwnTemplate::body)
                        .findFirst()
                        .orElseGet(() -> DefaultTemplates.of(purpose, language));
                lines.add(new TemplateLine(purpose.wireName(), language.code(), body));
            }
        }
        return lines;
    }

    record TemplateLine(String purpose, String language, String body) {
        public String field() {
            return purpose + "." + language;
        }
    }

    record Preview(String german, String english) {
        static Preview of(Strategy strategy) {
            return new Preview(strategy.describe(Language.DE), strategy.describe(Language.EN));
        }
    }
}
