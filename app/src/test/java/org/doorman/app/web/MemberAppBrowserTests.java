package org.doorman.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A member's morning in the web app, in a real Chromium. */
class MemberAppBrowserTests extends BrowserTest {

    @Test
    void afterSignInTheInboxOpensAndTheKeyboardClearsTheOpenRequests() {
        Page page = signIn("tom");
        assertThat(page.locator("h1")).hasText("Inbox");
        page.navigate(url("/inbox?state=open"));
        int rows = page.locator("#inbox .row").count();
        assertThat(rows).isPositive();

        for (int i = 0; i < rows; i++) {
            int before = page.locator("#inbox .row").count();
            page.keyboard().press(i % 2 == 0 ? "a" : "d");
            assertThat(page.locator("#inbox .row")).hasCount(before - 1);
        }

        assertThat(page.locator("#inbox-empty")).isVisible();
        page.navigate(url("/inbox?state=open"));
        assertThat(page.locator("#inbox .row")).hasCount(0);
    }

    @Test
    void jAndKMoveAndEnterOpensTheRequest() {
        Page page = signIn("eva");
        page.keyboard().press("j");
        page.keyboard().press("j");
        page.keyboard().press("k");
        assertThat(page.locator("#inbox .row").nth(1)).hasClass(Pattern.compile("current"));
        String href = page.locator("#inbox .row").nth(1).getAttribute("data-href");

        page.keyboard().press("Enter");

        page.waitForURL("**" + href);
    }

    @Test
    void aRequestShowsTheEvidenceMarkedInTheTextAndTheRuleThatFired() {
        Page page = signIn("eva");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jonas Weber"))
                .first()
                .click();

        assertThat(page.locator("#message mark").first()).isVisible();
        assertThat(page.locator("#message mark[data-signal='references_offer']"))
                .not()
                .hasCount(0);
        assertThat(page.locator("#request-rule")).containsText("concrete-need");
        assertThat(page.locator("#request-state")).hasText("Angenommen");
        screenshot(page, "request");
    }

    @Test
    void theMemberRepliesInADialog() {
        Page page = signIn("eva");
        page.navigate(url("/inbox?state=in_dialog"));
        page.locator("#inbox .row .who").first().click();
        assertThat(page.locator(".conversation .bubble")).not().hasCount(0);

        page.locator("#reply").fill("Gern! Schreiben Sie mir, welche Termine Sie im Frühjahr planen.");
        page.locator("#conversation button[type=submit]").click();

        assertThat(page.locator(".conversation .bubble.mine").last()).containsText("welche Termine");
    }

    @Test
    void editingTheStrategyChangesThePlainWordsPreview() {
        Page page = signIn("katrin");
        page.navigate(url("/strategy"));
        String before = page.locator("#preview-en").textContent();

        page.locator("#preset").selectOption("meet-twice");

        assertThat(page.locator("#preview-en")).not().hasText(before);
        assertThat(page.locator("#preview-en")).containsText("2 times");
        page.reload();
        String preset = page.locator("#preview-en").textContent();
        int rules = page.locator("#rule-editor li.rule").count();
        page.locator("#rule-editor li.rule").first().getByText("Entfernen").click();
        assertThat(page.locator("#rule-editor li.rule")).hasCount(rules - 1);
        assertThat(page.locator("#preview-en")).not().hasText(preset);
        page.locator("#rules-file summary").click();
        page.locator("#rules").fill("{\"rules\": [{\"id\": \"all\", \"when\": {}, \"action\": \"review\"}]}");
        assertThat(page.locator("#preview-en")).containsText("I decide myself");
        page.locator("#save-rules").click();
        assertThat(page.locator(".notice")).isVisible();
        screenshot(page, "strategy");
    }

    @Test
    void theTryItBoxSaysWhatTheStrategyWouldDoAndMarksTheEvidence() {
        Page page = signIn("sabine");
        page.navigate(url("/strategy"));
        page.locator("#try-message").fill("Hallo Sabine, lass uns vernetzen, bestimmt ergeben sich Synergien!");

        page.locator("#try-submit").click();

        assertThat(page.locator("#try-outcome")).containsText("Veranstaltung");
        assertThat(page.locator("#try-result mark")).not().hasCount(0);
    }

    @Test
    void theComposerCoachesAsOneTypesAndASentRequestShowsPending() {
        Page page = signIn("olivia");
        page.navigate(url("/compose"));
        page.locator("#to")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Katrin Müller – Personalberaterin für IT-Fachkräfte"));
        page.locator("#choose").click();
        assertThat(page.locator("#policy")).containsText("How I handle contact requests");
        assertThat(page.locator("#about-hint")).isVisible();
        assertThat(page.locator("#coaching")).containsText("Start with a greeting");

        page.locator("#message").pressSequentially("Hello Katrin, let us connect for synergies and a win-win.");

        assertThat(page.locator("#coaching")).containsText("You greet Katrin");
        assertThat(page.locator("#coaching")).containsText("Vague");
        assertThat(page.locator("#likely")).isVisible();
        screenshot(page, "compose");
        page.locator("#send").click();
        assertThat(page.locator("#sender-state")).hasText("Pending");
    }

    @Test
    void aDormantContactIsRemovedSilentlyAfterConfirmation() {
        Page page = signIn("eva");
        page.navigate(url("/contacts/dormant"));
        screenshot(page, "dormant");
        var row = page.locator("#dormant .row", new Page.LocatorOptions().setHasText("Tim Schäfer"));
        assertThat(row).hasCount(1);
        assertThat(page.locator("#dormant .row").first()).containsText("Felix Braun");

        row.locator("summary").click();
        row.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ja, still entfernen"))
                .click();

        assertThat(page.locator(".notice")).containsText("Tim Schäfer");
        assertThat(page.locator("#dormant .row", new Page.LocatorOptions().setHasText("Tim Schäfer")))
                .hasCount(0);
    }

    @Test
    void theLanguageSwitchTurnsTheGermanPagesIntoEnglish() {
        Page page = signIn("eva");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h1")).hasText("Eingang");

        page.locator("#lang-switch").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Inbox");
        page.navigate(url("/tasks"));
        assertThat(page.locator("h1")).hasText("Tasks");
    }

    @Test
    void atPhoneWidthThePagesFitWithoutSidewaysScrolling() {
        Page page = signIn(
                "eva", new Browser.NewContextOptions().setViewportSize(375, 812).setIsMobile(true));
        for (String path : new String[] {"/inbox", "/strategy", "/contacts/dormant", "/dashboard"}) {
            page.navigate(url(path));
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as(path).isLessThanOrEqualTo(375);
        }
        page.navigate(url("/inbox"));
        screenshot(page, "inbox-phone");
    }

    @Test
    void aMessageWithScriptOrImageOnerrorShowsAsTextAndRunsNothing() {
        String hostile = "Hi Tom <script>alert('script')</script> <img src=x onerror=\"alert('img')\"> let us talk";
        Page sender = signIn("lukas");
        sender.navigate(url("/compose"));
        sender.locator("#to")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Tom Becker – Product manager for climate tech"));
        sender.locator("#choose").click();
        sender.locator("#message").fill(hostile);
        sender.locator("#send").click();
        assertThat(sender.locator("#sender-state")).isVisible();
        context.close();

        Page page = signIn("tom");
        var dialogs = new AtomicInteger();
        page.onDialog(dialog -> {
            dialogs.incrementAndGet();
            dialog.dismiss();
        });
        page.reload();
        assertThat(page.locator("#inbox")).containsText("<script>alert('script')</script>");
        page.locator("#inbox .row .who", new Page.LocatorOptions().setHasText("Lukas Hoffmann"))
                .first()
                .click();
        assertThat(page.locator("#message")).containsText("<img src=x onerror=\"alert('img')\">");
        page.waitForTimeout(500);

        assertThat(page.locator("#message img")).hasCount(0);
        assertThat(dialogs.get()).isZero();
    }
}
