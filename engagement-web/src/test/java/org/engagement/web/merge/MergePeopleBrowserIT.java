package org.engagement.web.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator merges a person recorded twice through the real pages: finds the pair on the possible-duplicates
 * list by searching, compares them side by side, keeps the other's spelling of the name, reviews, merges, lands on the
 * survivor's page; the removed one's old page leads to the survivor. A person's page leads to the same screen, where a
 * missing record number is refused beside its field. A lead is refused the screen.
 */
@ExtendWith(RunningApplication.class)
class MergePeopleBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String LEAD_PASSWORD = "faith lead people merge passphrase";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("merge-people-last-page");
        browser.close();
    }

    @Test
    void anAdministratorMergesAPersonRecordedTwiceAndALeadIsRefused() {
        String leadName = "merge.people.browser." + RUN.toLowerCase();
        Api lead = Api.createUser(leadName, LEAD_PASSWORD, "FAITH_LEAD");
        long centre = ((BigDecimal) lead.post(
                                "/api/v1/organisations",
                                Map.of(
                                        "name",
                                        "People Centre " + RUN,
                                        "type",
                                        "COMMUNITY_GROUP",
                                        "postcode",
                                        "DN6 1AA"))
                        .json()
                        .get("id"))
                .longValue();
        long first = personWithVisit(lead, centre, "Maryam Hussain " + RUN);
        long second = personWithVisit(lead, centre, "maryam hussain " + RUN);

        browser.signInAsAdmin();
        browser.go("/admin/duplicates.xhtml");
        browser.type(By.id("peopleList:peoplePairs:globalFilter"), RUN);
        String pairs = browser.textOnceContains(By.id("peopleList:peoplePairs"), "1 pairs");
        assertThat(pairs).contains("Maryam Hussain " + RUN).contains("Same name at the same organisation");
        browser.click(By.cssSelector("#peopleList\\:peoplePairs a.compare-people-link"));

        String sideBySide = browser.textOnceContains(By.id("sideBySide"), "maryam hussain " + RUN);
        assertThat(sideBySide).contains("Maryam Hussain " + RUN);
        browser.click(By.cssSelector("input[name$='fields:0:winner'][value='second']"));
        browser.click(By.id("mergeForm:review"));
        String summary = browser.textOnceContains(By.id("mergeSummary"), "will be removed");
        assertThat(summary).startsWith("maryam hussain " + RUN + " (" + second + ")");
        assertThat(browser.visible(By.id("outcome")).getText()).contains("Name maryam hussain " + RUN);
        browser.assertAccessible("person merge review");
        browser.click(By.id("mergeForm:confirm"));

        assertThat(browser.textOnceContains(By.id("pageMessages"), "Merged maryam hussain " + RUN))
                .contains("into maryam hussain " + RUN);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/people/view.xhtml?id=" + first);
        assertThat(browser.visible(By.id("personName")).getText()).isEqualTo("maryam hussain " + RUN);
        assertThat(browser.visible(By.id("personHistory")).getText())
                .contains("maryam hussain " + RUN + " (" + second + ") merged into this one");

        browser.go("/people/view.xhtml?id=" + second);
        assertThat(browser.visible(By.id("personName")).getText()).isEqualTo("maryam hussain " + RUN);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/people/view.xhtml?id=" + first);
        assertThat(lead.get("/api/v1/organisations/" + centre + "/engagements").jsonList())
                .hasSize(2)
                .allSatisfy(e -> assertThat((List<?>) e.get("personIds")).hasSize(1));

        browser.click(By.id("personActions:mergePerson"));
        browser.click(By.id("chooseOther:compare"));
        assertThat(browser.textOnceContains(By.id("chooseOther"), "Type the record number"))
                .contains("Type the record number of the other person");

        Browser leadBrowser = Browser.open();
        try {
            leadBrowser.signIn(leadName, LEAD_PASSWORD);
            leadBrowser.go("/admin/merge-people.xhtml?first=" + first + "&second=" + second);
            assertThat(leadBrowser.visible(By.id("error-title")).getText()).isEqualTo("Not allowed");
        } finally {
            leadBrowser.close();
        }
    }

    private static long personWithVisit(Api lead, long centre, String name) {
        Api.Response added = lead.post(
                "/api/v1/organisations/" + centre + "/contacts",
                Map.of("name", name, "role", "volunteer", "lawfulBasis", "PUBLIC_TASK"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long person = ((BigDecimal) added.json().get("personId")).longValue();
        Api.Response visit = lead.post(
                "/api/v1/organisations/" + centre + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Met " + name,
                        "personIds",
                        List.of(person)));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        return person;
    }
}
