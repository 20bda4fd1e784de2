package org.engagement.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
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
 * Adding a trustee to a mosque through the real form: the form asks for the Article 9 condition there (a role at a faith
 * organisation reveals religious belief), refuses without it with a message beside the field, and records it once
 * chosen with the Schedule 1 condition it needs. The API refuses the same, naming the field.
 */
@ExtendWith(RunningApplication.class)
class SpecialCategoryBrowserIT {

    private static final String LEAD = "sana.special";
    private static final String PASSWORD = "special category password";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("special-category-last-page");
        browser.close();
    }

    @Test
    void theMosquesPersonFormRequiresTheArticle9ConditionWithAFieldMessage() {
        Api lead = Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        Api.Response mosque = lead.post(
                "/api/v1/organisations", Map.of("name", "Masjid Special", "type", "MOSQUE", "town", "Doncaster"));
        assertThat(mosque.status()).as(mosque.toString()).isEqualTo(201);
        long id = ((BigDecimal) mosque.json().get("id")).longValue();
        Api.Response refused = lead.post(
                "/api/v1/organisations/" + id + "/contacts",
                Map.of("name", "Api Trustee", "role", "trustee", "lawfulBasis", "PUBLIC_TASK"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("article9Condition", "reveals their religious belief");

        browser.signIn(LEAD, PASSWORD);
        browser.go("/organisations/view.xhtml?id=" + id);
        browser.click(By.id("tabs:peopleForm:addPerson"));
        browser.type(By.id("personForm:name"), "Hamza Trustee");
        browser.type(By.id("personForm:role_input"), "trustee");
        browser.visible(By.id("personForm:role_input")).sendKeys(Keys.TAB);
        new Select(browser.visible(By.id("personForm:lawfulBasis"))).selectByValue("PUBLIC_TASK");
        browser.click(By.id("personForm:save"));

        // The message sits in the field's own block, beside the list it is about.
        String field = browser.textOnceContains(fieldOf("article9Condition"), "their role at Masjid Special reveals");
        assertThat(field)
                .contains("Choose the Article 9 condition: their role at Masjid Special reveals their religious belief,"
                        + " which is special category data.");
        browser.assertAccessible("the person form with the Article 9 message");

        new Select(browser.visible(By.id("personForm:article9Condition"))).selectByValue("SUBSTANTIAL_PUBLIC_INTEREST");
        browser.click(By.id("personForm:save"));
        assertThat(browser.textOnceContains(fieldOf("schedule1Condition"), "needs one from Part 2"))
                .contains("Choose the Data Protection Act 2018 Schedule 1 condition: 9(2)(g)");
        new Select(browser.visible(By.id("personForm:schedule1Condition"))).selectByValue("SAFEGUARDING");
        browser.click(By.id("personForm:save"));

        assertThat(browser.textOnceContains(By.id("tabs:peopleForm:people"), "Hamza Trustee"))
                .contains("trustee");
    }

    private static By fieldOf(String id) {
        return By.xpath("//*[@id='personForm:" + id + "']/ancestor::div[contains(@class,'field')][1]");
    }
}
