package org.engagement.plugins.retail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.PageFeedback;

/** The "Premises and visits" tab: staff headcount, hotspot flag, awareness visits and concerns per quarter. */
@Named
@ViewScoped
public class PremisesTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetailService retail;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private PageFeedback feedback;

    private Long organisationId;
    private Long version;
    private boolean mayEdit;
    private Integer staffHeadcount;
    private boolean hotspot;
    private LocalDate visitDate = Dates.today();
    private String partner;
    private String materialsLeft;
    private LocalDate meetingDate = Dates.today();
    private Integer concerns;
    private transient List<AwarenessVisit> visits;
    private transient List<HotspotConcerns> concernsByQuarter;
    private Long staffTrained;

    public PremisesTab of(OrganisationRef organisation) {
        if (organisation != null && !organisation.getId().equals(organisationId)) {
            organisationId = organisation.getId();
            mayEdit = organisations.mayEdit(organisation.getId());
            load();
        }
        return this;
    }

    private void load() {
        var premises = retail.premisesOf(organisationId);
        version = premises.map(RetailPremises::getVersion).orElse(null);
        staffHeadcount = premises.map(RetailPremises::getStaffHeadcount).orElse(null);
        hotspot = premises.map(RetailPremises::isHotspot).orElse(false);
        visits = retail.visitsTo(organisationId);
        concernsByQuarter = retail.concernsAt(organisationId);
        staffTrained = retail.staffTrained(organisationId).orElse(null);
    }

    /** Staff holding valid training against the headcount, in words, e.g. "3 of 12". */
    public String getStaffTrainedText() {
        if (staffTrained == null) {
            return "Not shown to your role";
        }
        return staffTrained + (staffHeadcount == null ? "" : " of " + staffHeadcount);
    }

    public void savePremises() {
        attempt(() -> retail.savePremises(organisationId, version, staffHeadcount, hotspot), "Premises details saved.");
    }

    public void recordVisit() {
        if (attempt(
                () -> retail.recordVisit(organisationId, visitDate, partner, materialsLeft),
                "Awareness visit recorded.")) {
            partner = materialsLeft = null;
        }
    }

    public void recordConcerns() {
        attempt(() -> retail.recordConcerns(organisationId, meetingDate, concerns), "Concerns recorded.");
    }

    private boolean attempt(Runnable work, String done) {
        return feedback.attempt(
                () -> {
                    work.run();
                    load();
                },
                "tabs:retailForm",
                done);
    }

    public List<AwarenessVisit> getVisits() {
        if (visits == null) {
            load();
        }
        return visits;
    }

    public List<HotspotConcerns> getConcernsByQuarter() {
        if (concernsByQuarter == null) {
            load();
        }
        return concernsByQuarter;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public Integer getStaffHeadcount() {
        return staffHeadcount;
    }

    public void setStaffHeadcount(Integer staffHeadcount) {
        this.staffHeadcount = staffHeadcount;
    }

    public boolean isHotspot() {
        return hotspot;
    }

    public void setHotspot(boolean hotspot) {
        this.hotspot = hotspot;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getMaterialsLeft() {
        return materialsLeft;
    }

    public void setMaterialsLeft(String materialsLeft) {
        this.materialsLeft = materialsLeft;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public Integer getConcerns() {
        return concerns;
    }

    public void setConcerns(Integer concerns) {
        this.concerns = concerns;
    }
}
