package org.doorman.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core checks the main pages: no serious or critical violation. The script is injected by the test (a window that
 * bypasses the pages' Content-Security-Policy for it); the screenshots of the main pages are saved on the way.
 */
class AccessibilityBrowserTests extends BrowserTest {

    private static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream in = AccessibilityBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolation() {
        Page page = signIn(
                "eva",
                new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true));
        String request = page.locator("#inbox .row").first().getAttribute("data-href");
        var pages = List.of(
                "/inbox",
                request,
                "/tasks",
                "/contacts",
                "/contacts/dormant",
                "/events",
                "/strategy",
                "/compose",
                "/dashboard",
                "/profile");
        for (String path : pages) {
            page.navigate(url(path));
            page.waitForLoadState();
            page.waitForTimeout(300);
            String name =
                    path.equals(request) ? "request-page" : path.substring(1).replace('/', '-');
            screenshot(page, name);
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            Object found = page.evaluate("""
                    async () => {
                      const result = await axe.run(document, {resultTypes: ['violations']});
                      return result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                    }""");
            assertThat((List<?>) found).as(path).isEmpty();
        }
    }
}
