package org.engagement.web.plugins.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import org.engagement.core.shared.Dates;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The faith lead's mosque story (the one PlaceOfWorshipBrowserIT clicks through) done with the keyboard alone: no
 * click anywhere, only Tab, typing, Space, Enter and the arrow keys, from signing in to seeing the follow-up. Along
 * the way: focus goes into each dialog as it opens and back to the button that opened it when it closes, focus moves
 * to the field in error, and the live region announces the error and the saved record.
 */
@ExtendWith(RunningApplication.class)
class KeyboardOnlyBrowserIT {

    private static final String LEAD = "kim.keyboard";
    private static final String PASSWORD = "keyboard only faith lead password";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("keyboard-only-last-page");
        browser.close();
    }

    @Test
    void faithLeadRecordsAMosqueItsImamAndAVisitWithTheKeyboardAlone() {
        Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        signInWithTheKeyboard();

        openFromTheMenu("/organisations/list.xhtml");
        browser.press(By.id("list:newOrganisation"));
        createTheMosqueFixingThePostcode();

        addTheImamInTheDialog();
        recordAVisitWithAFollowUp();

        openFromTheMenu("/engagements/follow-ups.xhtml");
        assertThat(browser.textOnceContains(By.id("followUps:open"), "Send the model policy"))
                .contains("Masjid Keyboard")
                .contains(Dates.describe(Dates.today().plusDays(7)));
    }

    private void signInWithTheKeyboard() {
        browser.go("/login.xhtml");
        browser.tabTo(By.id("login:username"));
        browser.keys(LEAD, Keys.TAB, PASSWORD, Keys.ENTER);
        browser.visible(By.id("welcome"));
    }

    /** Tabs into the main menu and moves along it with the arrow keys, as its menubar role says, then Enter. */
    private void openFromTheMenu(String view) {
        By entry = By.cssSelector("#menuForm a[href$='" + view + "']");
        browser.go("/index.xhtml");
        browser.tabTo(By.id("menuForm:mainMenu"));
        for (int step = 0; step < 20 && !browser.hasFocus(browser.driver().findElement(entry)); step++) {
            browser.keys(Keys.ARROW_RIGHT);
        }
        assertThat(browser.hasFocus(browser.driver().findElement(entry)))
                .as("menu entry " + view + " reached with the arrow keys, " + "focus is on " + browser.describeFocus())
                .isTrue();
        browser.keys(Keys.ENTER);
        browser.waitFor(page -> page.getCurrentUrl().contains(view));
    }

    private void createTheMosqueFixingThePostcode() {
        browser.tabTo(By.id("orgForm:name"));
        browser.keys("Masjid Keyboard");
        // A closed drop-down list selects the option whose name is typed.
        browser.tabTo(By.id("orgForm:type"));
        browser.keys("Mosque");
        browser.tabTo(By.id("orgForm:addressLine1"));
        browser.keys("1 Keyboard Lane");
        browser.tabTo(By.id("orgForm:town"));
        browser.keys("Doncaster");
        browser.tabTo(By.id("orgForm:postcode"));
        browser.keys("DN1 XYZ");
        browser.press(By.id("orgForm:save"));

        browser.textOnceContains(By.id("orgForm"), "is not a UK postcode");
        announced("is not a UK postcode");
        browser.waitFor(page -> browser.hasFocus(page.findElement(By.id("orgForm:postcode"))));
        browser.typeOver("dn1 3aa");
        browser.press(By.id("orgForm:save"));

        assertThat(browser.textOnceContains(By.id("keyFacts"), "DN1 3AA")).contains("Mosque");
    }

    /** The live region's text (read as a screen reader does: it is visually hidden, so not Selenium's visible text). */
    private void announced(String words) {
        browser.waitFor(page -> page.findElement(By.id("announcements"))
                .getAttribute("textContent")
                .contains(words));
    }

    private void addTheImamInTheDialog() {
        By addPerson = By.id("tabs:peopleForm:addPerson");
        browser.press(addPerson);
        browser.waitFor(page -> browser.hasFocus(page.findElement(By.id("personDialog"))));
        browser.tabTo(By.id("personForm:name"));
        browser.keys("Yusuf Keyboard");
        browser.tabTo(By.id("personForm:role_input"));
        // Tab, not Escape, leaves the suggestions: Escape would close the whole dialog, as it should.
        browser.keys("imam", Keys.TAB);
        browser.tabTo(By.id("personForm:lawfulBasis"));
        browser.keys("Public task");
        // A role at a mosque reveals religious belief, so the form asks for the Article 9 and Schedule 1 conditions;
        // a native list is chosen by typing the start of an option.
        browser.tabTo(By.id("personForm:article9Condition"));
        browser.keys("9(2)(g)");
        browser.tabTo(By.id("personForm:schedule1Condition"));
        browser.keys("Part 2 para 18");
        browser.press(By.id("personForm:save"));

        browser.textOnceContains(By.id("tabs:peopleForm:people"), "Yusuf Keyboard");
        announced("Yusuf Keyboard added as imam");
        browser.waitFor(page -> !page.findElement(By.id("personDialog")).isDisplayed());
        browser.waitFor(page -> browser.hasFocus(page.findElement(addPerson)));
    }

    /** The tab list is one Tab stop; the arrow keys move between its tabs, Enter opens one. */
    private void recordAVisitWithAFollowUp() {
        By engagementsTab = By.cssSelector("#tabs a[href$='engagementsTab']");
        browser.tabTo(By.cssSelector("#tabs .ui-tabs-nav li.ui-state-active"));
        for (int step = 0;
                step < 10
                        && !browser.hasFocus(
                                browser.driver().findElement(engagementsTab).findElement(By.xpath("..")));
                step++) {
            browser.keys(Keys.ARROW_RIGHT);
        }
        browser.keys(Keys.ENTER);
        By logEngagement = By.id("tabs:engagementsForm:logEngagement");
        browser.press(logEngagement);
        browser.waitFor(page -> browser.hasFocus(page.findElement(By.id("engagementDialog"))));
        browser.tabTo(By.id("engagementForm:type"));
        browser.keys("Visit");
        browser.tabTo(By.xpath("//input[@type='checkbox'][following-sibling::label[contains(., 'Yusuf Keyboard')]]"
                + " | //label[contains(., 'Yusuf Keyboard')]/preceding-sibling::input[@type='checkbox']"));
        browser.keys(Keys.SPACE);
        browser.tabTo(By.id("engagementForm:summary"));
        browser.keys("Introductory visit, all by keyboard.");
        browser.tabTo(By.id("engagementForm:followUpAction"));
        browser.keys("Send the model policy");
        browser.tabTo(By.id("engagementForm:followUpDue_input"));
        browser.keys(Dates.today().plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.press(By.id("engagementForm:save"));

        assertThat(browser.textOnceContains(By.id("tabs:engagementsForm:engagements"), "Introductory visit"))
                .contains("Yusuf Keyboard");
        announced("Visit recorded");
        browser.waitFor(page -> browser.hasFocus(page.findElement(logEngagement)));
    }
}
