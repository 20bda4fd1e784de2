package org.engagement.web.plugins.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 2.2 reflow (1.4.10) and text resize (1.4.4) on the pages a licensing officer may use at a counter on a phone:
 * the organisation list and the renewal check. At 320 CSS pixels wide nothing scrolls sideways and every record's
 * values are still there; with text at 200% the same holds at a desktop width. Screenshots of both at 320 pixels go
 * to target/screenshots (the ones in docs/accessibility came from here).
 */
@ExtendWith(RunningApplication.class)
class ReflowBrowserIT {

    private static final String PASSWORD = "reflow check password";
    private static Browser browser;

    @BeforeAll
    static void recordsAndABrowser() {
        Api admin = Api.admin();
        for (String name : List.of("Reflow Kebab House With A Rather Long Name", "Reflow Pizza")) {
            Api.Response created = admin.post(
                    "/api/v1/organisations",
                    Map.of("name", name, "type", "TAKEAWAY", "town", "Doncaster", "postcode", "DN4 0AB"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        Api.Response imported = admin.post(
                "/api/v1/taxi/drivers/import",
                "text/csv",
                ("licence_number,licence_type,surname,"
                                + "forenames,date_of_birth,licence_expiry,operator_name,status\nREFLOW-1,PRIVATE_HIRE,Narrow,Nadia,1980-02-01,"
                                + "2027-05-01,Reflow Cars,ACTIVE\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Api.createUser("reflow.officer", PASSWORD, "LICENSING_OFFICER", "INDUSTRY_LEAD");
        browser = Browser.open();
        browser.signIn("reflow.officer", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOrganisationListReflowsAt320PixelsWithEveryValueOfEachRecord() {
        atWidth(320);
        browser.go("/organisations/list.xhtml?q=reflow");
        String list = browser.textOnceContains(By.id("list:organisations"), "Reflow Pizza");
        assertThat(list)
                .contains("Reflow Kebab House With A Rather Long Name")
                .contains("DN4 0AB")
                .contains("Doncaster")
                .contains("Takeaway");
        assertNoSidewaysScrolling("organisation list at 320 px");
        assertThat(browser.visible(By.id("list:organisations:globalFilter")).isDisplayed())
                .as("search still there")
                .isTrue();
        assertThat(browser.visible(By.id("list:organisations:postcode:filter")).isDisplayed())
                .as("column filters still there")
                .isTrue();
        wholePageScreenshot("organisations-list-320px");
    }

    @Test
    void theRenewalCheckReflowsAt320PixelsWithItsVerdict() {
        atWidth(320);
        browser.go("/taxi/check.xhtml?licence=REFLOW-1");
        // Opening the page by link runs no check (a GET changes nothing): the officer presses the button.
        browser.click(By.id("check:run"));
        assertThat(browser.textOnceContains(By.id("check:result"), "Nadia"))
                .contains("NOT ELIGIBLE")
                .contains("REFLOW-1");
        assertNoSidewaysScrolling("renewal check at 320 px");
        wholePageScreenshot("renewal-check-320px");
    }

    @Test
    void textAt200PercentLosesNothingOnEitherPage() {
        atWidth(1280);
        for (String page : List.of("/organisations/list.xhtml?q=reflow", "/taxi/check.xhtml?licence=REFLOW-1")) {
            browser.go(page);
            browser.visible(By.tagName("h1"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.style.fontSize = '200%';");
            assertNoSidewaysScrolling(page + " with text at 200%");
        }
    }

    /** The viewport's width in CSS pixels, as a phone's (or a desktop's at 400% zoom), through Chromium's emulation. */
    private static void atWidth(int width) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** A screenshot of the whole page at 320 pixels, top to bottom: the viewport is made as tall as the page first. */
    private static void wholePageScreenshot(String name) {
        Number height = (Number)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight;");
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 320, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        browser.screenshot(name);
        atWidth(320);
    }

    /** Nothing wider than the viewport: neither the page nor any element sticking out of it (the cause, if so). */
    private static void assertNoSidewaysScrolling(String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object overflow = js.executeScript("var width = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= width) { return null; }"
                + "var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                + "  var box = e.getBoundingClientRect(); return box.right > width + 1 && box.width > 0; })"
                + "  .slice(0, 5).map(function (e) { return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className; });"
                + "return document.documentElement.scrollWidth + ' px wide in ' + width + ': ' + wide.join(', ');");
        assertThat(overflow).as(what + " scrolls sideways").isNull();
    }
}
