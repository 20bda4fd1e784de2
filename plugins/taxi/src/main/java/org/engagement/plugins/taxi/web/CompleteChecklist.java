package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.Checklists;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.domain.ChecklistChange;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.Nr3sResult;
import org.engagement.plugins.taxi.domain.RenewalChecklist;

/** The licensing officer's renewal checklist for one driver, recorded item by item. */
@Named
@ViewScoped
public class CompleteChecklist implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "checklist";

    @Inject
    private Checklists checklists;

    @Inject
    private DriverRegister register;

    @Inject
    private PageFeedback feedback;

    private String licenceNumber;
    private RenewalChecklist checklist;
    private Driver driver;
    /** The version the officer is looking at, so a colleague's change in between is not overwritten. */
    private long version;

    private LocalDate nr3sSearchedOn;
    private Nr3sResult nr3sResult;
    private LocalDate dbsCheckedOn;
    private String hmrcTaxCheckCode;

    public void load() {
        boolean loaded = feedback.attempt(
                () -> {
                    driver = register.driver(licenceNumber);
                    checklist = checklists.checklist(licenceNumber);
                    version = checklist.getVersion();
                },
                FORM,
                null);
        if (!loaded) {
            checklist = null;
        }
    }

    public void recordTraining() {
        record(new ChecklistChange(version, true, null, null, null, null));
    }

    public void recordNr3s() {
        record(new ChecklistChange(version, false, nr3sSearchedOn, nr3sResult, null, null));
    }

    public void recordDbs() {
        record(new ChecklistChange(version, false, null, null, dbsCheckedOn, null));
    }

    public void recordHmrc() {
        record(new ChecklistChange(version, false, null, null, null, hmrcTaxCheckCode));
    }

    private void record(ChecklistChange change) {
        boolean recorded = feedback.attempt(
                () -> {
                    checklist = checklists.recordChecklist(licenceNumber, change, RenewalChecks.SCREEN);
                    version = checklist.getVersion();
                    driver = register.driver(licenceNumber);
                    return checklist.isReadyToRenew() ? "Recorded. Every item is done: ready to renew." : "Recorded.";
                },
                FORM);
        if (!recorded) {
            load();
        }
    }

    public List<Nr3sResult> getNr3sResults() {
        return List.of(Nr3sResult.values());
    }

    public RenewalChecklist getChecklist() {
        return checklist;
    }

    public Driver getDriver() {
        return driver;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public LocalDate getNr3sSearchedOn() {
        return nr3sSearchedOn;
    }

    public void setNr3sSearchedOn(LocalDate nr3sSearchedOn) {
        this.nr3sSearchedOn = nr3sSearchedOn;
    }

    public Nr3sResult getNr3sResult() {
        return nr3sResult;
    }

    public void setNr3sResult(Nr3sResult nr3sResult) {
        this.nr3sResult = nr3sResult;
    }

    public LocalDate getDbsCheckedOn() {
        return dbsCheckedOn;
    }

    public void setDbsCheckedOn(LocalDate dbsCheckedOn) {
        this.dbsCheckedOn = dbsCheckedOn;
    }

    public String getHmrcTaxCheckCode() {
        return hmrcTaxCheckCode;
    }

    public void setHmrcTaxCheckCode(String hmrcTaxCheckCode) {
        this.hmrcTaxCheckCode = hmrcTaxCheckCode;
    }
}
