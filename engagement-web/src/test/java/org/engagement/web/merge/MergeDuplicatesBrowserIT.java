package org.engagement.web.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator merges two duplicate mosques through the real pages: finds the pair on the possible-duplicates
 * list by searching, compares them side by side, keeps the other's postcode, reviews, merges, lands on the survivor
 * and finds every engagement of both there; the removed one's old page leads to the survivor. (Who may open the pages is
 * {@code AccessMatrixIT}'s.)
 */
@ExtendWith(RunningApplication.class)
class MergeDuplicatesBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("merge-duplicates-last-page");
        browser.close();
    }

    @Test
    void anAdministratorMergesTwoDuplicateMosquesAndFindsAllEngagementsOnTheSurvivor() {
        Api lead = Api.createUser("merge.browser." + RUN.toLowerCase(), "faith lead merge passphrase", "FAITH_LEAD");
        long first = mosqueWithVisits(lead, "Jamia Masjid " + RUN, "DN5 1AA", 2);
        long second = mosqueWithVisits(lead, "JAMIA MASJID " + RUN, "DN5 9ZZ", 1);

        browser.signInAsAdmin();
        browser.go("/admin/duplicates.xhtml");
        browser.type(By.id("list:pairs:globalFilter"), RUN);
        String pairs = browser.textOnceContains(By.id("list:pairs"), "1 pairs");
        assertThat(pairs).contains("Jamia Masjid " + RUN).contains("Same name in the same postcode district");
        browser.click(By.cssSelector("#list\\:pairs a.compare-link"));

        String sideBySide = browser.textOnceContains(By.id("sideBySide"), "DN5 9ZZ");
        assertThat(sideBySide)
                .contains("DN5 1AA")
                .contains("Jamia Masjid " + RUN)
                .contains("JAMIA MASJID " + RUN);
        browser.click(By.cssSelector("input[name$='fields:6:winner'][value='second']"));
        browser.click(By.id("mergeForm:review"));
        String summary = browser.textOnceContains(By.id("mergeSummary"), "will be removed");
        assertThat(summary).startsWith("JAMIA MASJID " + RUN + " (" + second + ")");
        assertThat(browser.visible(By.id("outcome")).getText()).contains("Postcode DN5 9ZZ");
        browser.assertAccessible("merge review");
        browser.click(By.id("mergeForm:confirm"));

        assertThat(browser.textOnceContains(By.id("pageMessages"), "Merged JAMIA MASJID " + RUN))
                .contains("into Jamia Masjid " + RUN);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/organisations/view.xhtml?id=" + first);
        assertThat(browser.visible(By.id("factPostcode")).getText()).isEqualTo("DN5 9ZZ");
        browser.click(By.linkText("Engagements"));
        String engagements = browser.textOnceContains(By.id("tabs:engagementsForm:engagements"), "Visit 2 to");
        assertThat(engagements)
                .contains("Visit 1 to Jamia Masjid " + RUN)
                .contains("Visit 2 to Jamia Masjid " + RUN)
                .contains("Visit 1 to JAMIA MASJID " + RUN);

        browser.go("/organisations/view.xhtml?id=" + second);
        assertThat(browser.visible(By.id("orgName")).getText()).isEqualTo("Jamia Masjid " + RUN);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/organisations/view.xhtml?id=" + first);
    }

    private static long mosqueWithVisits(Api lead, String name, String postcode, int visits) {
        Api.Response mosque =
                lead.post("/api/v1/organisations", Map.of("name", name, "type", "MOSQUE", "postcode", postcode));
        assertThat(mosque.status()).as(mosque.toString()).isEqualTo(201);
        long id = ((BigDecimal) mosque.json().get("id")).longValue();
        for (int visit = 1; visit <= visits; visit++) {
            Api.Response logged = lead.post(
                    "/api/v1/organisations/" + id + "/engagements",
                    Map.of(
                            "date",
                            LocalDate.now().minusDays(visit).toString(),
                            "type",
                            "VISIT",
                            "summary",
                            "Visit " + visit + " to " + name));
            assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        }
        return id;
    }
}
