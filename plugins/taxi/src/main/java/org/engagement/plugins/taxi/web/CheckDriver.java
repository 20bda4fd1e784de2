package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.domain.RenewalCheck;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The licensing officer's screen: type a licence number, see at once whether the driver may be renewed. */
@Named
@ViewScoped
public class CheckDriver implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DriverRegister register;

    @Inject
    private RenewalChecks checks;

    @Inject
    private PageFeedback feedback;

    private String licenceNumber;
    private LocalDate renewalDate;
    private RenewalCheck result;

    /** Also runs from the address (?licence=...&date=...) so the evidence sheet can be opened directly. */
    public void check() {
        result = null;
        feedback.attempt(
                () -> {
                    if (licenceNumber == null || licenceNumber.isBlank()) {
                        throw new InvalidInputException(
                                "licenceNumber", "Enter the driver's licence number, for example PH-01234.");
                    }
                    result = checks.check(licenceNumber, renewalDate, RenewalChecks.SCREEN);
                },
                "check",
                null);
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public void setRenewalDate(LocalDate renewalDate) {
        this.renewalDate = renewalDate;
    }

    public RenewalCheck getResult() {
        return result;
    }

    /** Streams the PDF evidence sheet; building it runs and logs the check again, as of now. */
    public StreamedContent getEvidencePdf() {
        byte[] pdf = checks.evidencePdf(licenceNumber, renewalDate, RenewalChecks.SCREEN);
        return DefaultStreamedContent.builder()
                .name("renewal-evidence-" + result.driver().getLicenceNumber() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public String getOperatorName() {
        return result == null || result.driver().getOperatorId() == null
                ? "None recorded"
                : register.operatorNames().getOrDefault(result.driver().getOperatorId(), "None recorded");
    }
}
