package org.engagement.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * A faith lead's first visit to a place of worship, through the real pages: create it (fixing a bad postcode),
 * add its imam and designated safeguarding lead, record a visit with a follow-up that is already overdue, see
 * it under "My follow-ups", and see who did each step in the History tab.
 */
@ExtendWith(RunningApplication.class)
class PlaceOfWorshipBrowserIT {

    /** The core's own type until the faith module exists; then MOSQUE. Only the type's code is used here. */
    private static final String PLACE_OF_WORSHIP_TYPE = "COMMUNITY_GROUP";

    private static final String LEAD = "fatima.faith";
    private static final String PASSWORD = "faith lead browser password";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("place-of-worship-last-page");
        browser.close();
    }

    @Test
    void faithLeadRecordsAMosqueItsPeopleAndAVisitWithAnOverdueFollowUp() {
        Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        browser.signIn(LEAD, PASSWORD);

        createOrganisationFixingThePostcode();
        aSecondWithTheSameNameAndPostcodeIsAWarningToConfirm();
        addPerson("Yusuf Ali", "imam");
        addPerson("Sara Khan", "designated safeguarding lead");
        recordVisitWithFollowUpDueYesterday();

        browser.go("/engagements/follow-ups.xhtml");
        String row = browser.textOnceContains(By.id("followUps:open"), "Send the model safeguarding policy");
        assertThat(row)
                .contains("Overdue")
                .contains("Masjid Al-Noor")
                .contains(Dates.describe(Dates.today().minusDays(1)));
        assertThat(browser.visible(By.cssSelector("#followUps\\:open tr.overdue"))
                        .getText())
                .contains("Overdue");

        findInTheListByPostcode("DN1 3");
        long id = staleSaveIsRefusedNamingWhoChangedIt();
        viewerMayReadButNotEdit(id);
        browser.click(By.linkText("Masjid Al-Noor"));
        browser.click(By.linkText("History"));
        String history = browser.textOnceContains(By.id("tabs:history"), "Visit with Masjid Al-Noor");
        assertThat(history)
                .contains(LEAD + ": Organisation Masjid Al-Noor created")
                .contains(LEAD + ": Yusuf Ali added as imam at Masjid Al-Noor")
                .contains(LEAD + ": Sara Khan added as designated safeguarding lead at Masjid Al-Noor");
    }

    private void createOrganisationFixingThePostcode() {
        browser.go("/organisations/list.xhtml");
        browser.click(By.id("list:newOrganisation"));
        browser.type(By.id("orgForm:name"), "Masjid Al-Noor");
        new Select(browser.visible(By.id("orgForm:type"))).selectByValue(PLACE_OF_WORSHIP_TYPE);
        browser.type(By.id("orgForm:addressLine1"), "12 Station Road");
        browser.type(By.id("orgForm:town"), "Doncaster");
        browser.type(By.id("orgForm:postcode"), "DN1 XYZ");
        browser.click(By.id("orgForm:save"));

        assertThat(browser.textOnceContains(By.id("orgForm"), "is not a UK postcode"))
                .contains("Enter it like DN1 1AA");

        browser.type(By.id("orgForm:postcode"), "dn1 3aa");
        browser.click(By.id("orgForm:save"));
        assertThat(browser.textOnceContains(By.id("keyFacts"), "DN1 3AA"))
                .contains("Community group")
                .contains("Prospect");
        assertThat(browser.visible(By.id("orgName")).getText()).isEqualTo("Masjid Al-Noor");
    }

    /** A likely duplicate is not created; the user is warned and offered to create it anyway, then leaves it. */
    private void aSecondWithTheSameNameAndPostcodeIsAWarningToConfirm() {
        String page = browser.driver().getCurrentUrl();
        browser.go("/organisations/list.xhtml");
        browser.click(By.id("list:newOrganisation"));
        browser.type(By.id("orgForm:name"), "Masjid Al-Noor");
        new Select(browser.visible(By.id("orgForm:type"))).selectByValue(PLACE_OF_WORSHIP_TYPE);
        browser.type(By.id("orgForm:addressLine1"), "12 Station Road");
        browser.type(By.id("orgForm:town"), "Doncaster");
        browser.type(By.id("orgForm:postcode"), "DN1 3AA");
        browser.click(By.id("orgForm:save"));

        assertThat(browser.textOnceContains(By.tagName("body"), "is already recorded"))
                .contains("Open it instead, or confirm that this is a different organisation.");
        assertThat(browser.visible(By.id("orgForm:saveAnyway")).getText()).contains("It is a different organisation");
        assertThat(browser.driver().findElements(By.cssSelector(".ui-messages-warn")))
                .isNotEmpty();
        browser.driver().navigate().to(page);
        browser.visible(By.id("orgName"));
    }

    /** The lazy list filters in the database as the user types a postcode prefix. */
    private void findInTheListByPostcode(String prefix) {
        Api.as(LEAD, PASSWORD)
                .post(
                        "/api/v1/organisations",
                        Map.of("name", "Elsewhere Chapel", "type", PLACE_OF_WORSHIP_TYPE, "postcode", "S1 2BB"));
        browser.go("/organisations/list.xhtml");
        browser.textOnceContains(By.id("list:organisations"), "Elsewhere Chapel");
        browser.type(By.id("list:organisations:postcode:filter"), prefix);
        browser.waitFor(
                page -> !page.findElement(By.id("list:organisations")).getText().contains("Elsewhere Chapel"));
        assertThat(browser.visible(By.id("list:organisations")).getText())
                .contains("Masjid Al-Noor")
                .contains("DN1 3AA")
                .contains("Community")
                .contains("Prospect");

        // A search in the address opens the list already searched.
        browser.go("/organisations/list.xhtml?q=masjid");
        assertThat(browser.textOnceContains(By.id("list:organisations"), "Masjid Al-Noor"))
                .doesNotContain("Elsewhere Chapel");
        assertThat(browser.visible(By.id("list:organisations:globalFilter")).getAttribute("value"))
                .isEqualTo("masjid");
    }

    /** Someone else saves while this user has the edit page open: nothing is overwritten. */
    private long staleSaveIsRefusedNamingWhoChangedIt() {
        browser.click(By.linkText("Masjid Al-Noor"));
        browser.click(By.id("edit"));
        browser.type(By.id("orgForm:ward"), "Town Ward");
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        Api other = Api.createUser("amir.admin", "another administrator password", "ADMIN");
        Map<String, Object> current = other.get("/api/v1/organisations/" + id).json();
        Map<String, Object> change = new HashMap<>(current);
        change.put("notes", "Friday prayers around 1pm");
        assertThat(other.put("/api/v1/organisations/" + id, change).status()).isEqualTo(200);

        browser.click(By.id("orgForm:save"));

        assertThat(browser.textOnceContains(By.id("pageMessages"), "was changed by amir.admin"))
                .contains("Reload it to see their change");
        // Searched, so the mosque is on the first page however many organisations earlier tests left in the list.
        browser.go("/organisations/list.xhtml?q=masjid");
        return id;
    }

    /** A viewer reads the organisation page but the edit page refuses them. */
    private void viewerMayReadButNotEdit(long id) {
        Api.createUser("vera.viewer", "viewer browser password", "VIEWER");
        try (Browser viewer = Browser.open()) {
            viewer.signIn("vera.viewer", "viewer browser password");
            viewer.go("/organisations/view.xhtml?id=" + id);
            assertThat(viewer.textOnceContains(By.id("orgName"), "Masjid")).isEqualTo("Masjid Al-Noor");
            assertThat(viewer.driver().findElements(By.id("edit"))).isEmpty();
            viewer.go("/organisations/edit.xhtml?id=" + id);
            assertThat(viewer.textOnceContains(By.id("error-title"), "Not allowed"))
                    .isEqualTo("Not allowed");
        }
    }

    private void addPerson(String name, String role) {
        browser.click(By.id("tabs:peopleForm:addPerson"));
        browser.type(By.id("personForm:name"), name);
        browser.type(By.id("personForm:role_input"), role);
        browser.visible(By.id("personForm:role_input")).sendKeys(Keys.TAB);
        new Select(browser.visible(By.id("personForm:lawfulBasis"))).selectByValue("PUBLIC_TASK");
        browser.click(By.id("personForm:save"));
        browser.textOnceContains(By.id("tabs:peopleForm:people"), name);
    }

    private void recordVisitWithFollowUpDueYesterday() {
        browser.click(By.linkText("Engagements"));
        browser.click(By.id("tabs:engagementsForm:logEngagement"));
        new Select(browser.visible(By.id("engagementForm:type"))).selectByValue("VISIT");
        browser.click(By.xpath("//label[contains(., 'Yusuf Ali (imam)')]"));
        browser.click(By.xpath("//label[contains(., 'Sara Khan (designated safeguarding lead)')]"));
        browser.type(By.id("engagementForm:summary"), "Introductory visit; discussed the safeguarding policy.");
        browser.type(By.id("engagementForm:followUpAction"), "Send the model safeguarding policy");
        browser.type(
                By.id("engagementForm:followUpDue_input"),
                Dates.today().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click(By.id("engagementForm:save"));
        assertThat(browser.textOnceContains(By.id("tabs:engagementsForm:engagements"), "Introductory visit"))
                .contains("Yusuf Ali")
                .contains("Sara Khan")
                .contains("Overdue");
    }
}
