package org.engagement.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An industry lead drafts an agreement with a business (the retail plugin's shopping-centre type may not be
 * installed, so the core BUSINESS type stands in) and the police, and takes it to active and to review due.
 */
@ExtendWith(RunningApplication.class)
class AgreementsBrowserIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static long create(Api api, String path, Map<String, Object> body, String idField) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return ((BigDecimal) response.json().get(idField)).longValue();
    }

    private void typeDate(String id, LocalDate date) {
        browser.typeDate(By.id(id), date.format(UK));
    }

    @Test
    void industryLeadTakesAShoppingCentreAgreementFromDraftToActiveToReviewDue() throws Exception {
        Api lead = Api.createUser("ivy.industry", "industry lead password", "INDUSTRY_LEAD");
        long centre = create(
                lead, "/api/v1/organisations", Map.of("name", "Frenchgate Shopping Centre", "type", "BUSINESS"), "id");
        long police = create(
                lead,
                "/api/v1/organisations",
                Map.of("name", "South Yorkshire Police", "type", "PARTNER_AGENCY"),
                "id");
        create(
                lead,
                "/api/v1/organisations/" + centre + "/contacts",
                Map.of("name", "Carol Centre-Manager", "role", "manager", "lawfulBasis", "PUBLIC_TASK"),
                "personId");
        create(
                lead,
                "/api/v1/organisations/" + police + "/contacts",
                Map.of("name", "Paul Inspector", "role", "inspector", "lawfulBasis", "PUBLIC_TASK"),
                "personId");
        LocalDate today = LocalDate.now();

        browser.signIn("ivy.industry", "industry lead password").go("/organisations/view.xhtml?id=" + centre);
        browser.click(By.xpath("//a[@href='#tabs:agreementsTab']"));
        browser.click(By.id("tabs:agreementsForm:newAgreement"));
        browser.type(By.id("agreement:title"), "Frenchgate intelligence sharing");
        browser.type(By.id("agreement:reference"), "ISA-FG-01");
        browser.type(By.id("agreement:purpose"), "Security staff report concerns about children to the police");
        new Select(browser.visible(By.id("agreement:lawfulBasis"))).selectByVisibleText("Public task (6(1)(e))");
        typeDate("agreement:reviewDate_input", today.plusYears(1));
        new Select(browser.visible(By.id("agreement:partyToAdd")))
                .selectByVisibleText("South Yorkshire Police (Statutory partner)");
        browser.click(By.id("agreement:addParty"));
        browser.textOnceContains(By.id("agreement:parties"), "South Yorkshire Police");
        browser.click(By.id("agreement:save"));

        browser.textOnceContains(By.id("agreementTitle"), "ISA-FG-01");
        browser.click(By.id("transitions:toReview"));
        browser.textOnceContains(By.id("status"), "In review");
        browser.click(By.id("transitions:activate"));
        String refusal;
        try {
            refusal = browser.textOnceContains(By.id("pageMessages"), "cannot become active");
        } finally {
            browser.screenshot("agreement-activation-refused");
        }
        assertThat(refusal)
                .contains("Record who signed for Frenchgate Shopping Centre and when.")
                .contains("Record who signed for South Yorkshire Police and when.");

        browser.click(By.id("transitions:edit"));
        new Select(browser.visible(By.id("agreement:party:0:signatory")))
                .selectByVisibleText("Carol Centre-Manager (manager)");
        typeDate("agreement:party:0:signedOn_input", today.minusDays(3));
        new Select(browser.visible(By.id("agreement:party:1:signatory")))
                .selectByVisibleText("Paul Inspector (inspector)");
        typeDate("agreement:party:1:signedOn_input", today.minusDays(1));
        browser.click(By.id("agreement:save"));
        browser.textOnceContains(By.id("parties"), "Carol Centre-Manager");

        Path notPdf = Files.writeString(Files.createTempFile(Path.of("target"), "scan", ".pdf"), "not a pdf");
        browser.driver()
                .findElement(By.cssSelector("#uploadForm input[type=file]"))
                .sendKeys(notPdf.toAbsolutePath().toString());
        browser.click(By.id("uploadForm:upload"));
        assertThat(browser.textOnceContains(By.id("uploadForm"), "Only PDF files are accepted"))
                .contains("is not a PDF");

        Path pdf = Files.write(
                Files.createTempFile(Path.of("target"), "signed-agreement", ".pdf"),
                "%PDF-1.4\n% signed by both parties\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver()
                .findElement(By.cssSelector("#uploadForm input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.id("uploadForm:upload"));
        assertThat(browser.textOnceContains(
                        By.id("documentsForm:documents"), pdf.getFileName().toString()))
                .contains("ivy.industry");

        browser.click(By.id("transitions:activate"));
        assertThat(browser.textOnceContains(By.id("status"), "Active")).isEqualTo("Active");

        // A review recorded with no next review date is refused beside the field (and checked with axe as it shows).
        browser.driver().navigate().refresh();
        browser.click(By.id("reviewForm:recordReview"));
        assertThat(browser.visible(By.cssSelector("#reviewForm .ui-message-error"))
                        .getText())
                .isNotBlank();

        // Months later the review date is near: the agreement shows as due for review in the register.
        browser.click(By.id("transitions:edit"));
        typeDate("agreement:reviewDate_input", today.plusDays(20));
        browser.click(By.id("agreement:save"));
        assertThat(browser.textOnceContains(By.id("status"), "Review due")).isEqualTo("Review due");

        browser.go("/agreements/list.xhtml");
        assertThat(Integer.parseInt(browser.visible(By.id("figDue")).getText().strip()))
                .isGreaterThanOrEqualTo(1);
        new Select(browser.visible(By.id("list:agreements:statusFilter"))).selectByVisibleText("Review due");
        assertThat(browser.textOnceContains(By.id("list:agreements"), "ISA-FG-01"))
                .contains("Review due");
        browser.screenshot("agreement-review-due");
    }
}
