package org.doorman.app.senders;

import jakarta.validation.Valid;
import org.doorman.app.ids.Ids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page in the web app (members listed in {@code doorman.operator-handles}): likely collectors with
 * their evidence, and warn, limit, suspend or reinstate per sender.
 */
@Controller
class OperatorPage {

    private final OperatorDesk desk;

    OperatorPage(OperatorDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/operator/collectors")
    String collectors(Model model) {
        model.addAttribute("senders", desk.collectors());
        return "operator/collectors";
    }

    @PostMapping("/operator/senders/{id}/{action}")
    String decide(
            @PathVariable String id,
            @PathVariable String action,
            @Valid CollectorsController.Decision form,
            RedirectAttributes redirect) {
        var standing = CollectorsController.standing(action);
        var sender = Ids.member(id).orElseThrow(() -> OperatorDesk.noSender(id));
        var decided = desk.decide(sender, standing, form.reason());
        redirect.addFlashAttribute("changed", decided.name());
        return "redirect:/operator/collectors";
    }
}
