package org.engagement.plugins.housing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.PageFeedback;

/** The Housing tab of a landlord's or letting agent's page: shows and saves the housing details. */
@Named
@ViewScoped
public class HousingDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HousingService housing;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private PageFeedback feedback;

    private Long organisationId;
    private Long version;
    private Integer propertyCount;
    private String licensingScheme;
    private boolean mayEdit;

    /** The tab's state for this organisation, loaded the first time the page asks. */
    public HousingDetailsTab of(OrganisationRef organisation) {
        if (organisation != null && !organisation.getId().equals(organisationId)) {
            organisationId = organisation.getId();
            mayEdit = organisations.mayEdit(organisation.getId());
            load();
        }
        return this;
    }

    private void load() {
        var profile = housing.profileOf(organisationId);
        version = profile.map(LandlordProfile::getVersion).orElse(null);
        propertyCount = profile.map(LandlordProfile::getPropertyCount).orElse(null);
        licensingScheme = profile.map(LandlordProfile::getLicensingScheme).orElse(null);
    }

    public void save() {
        feedback.attempt(
                () -> {
                    housing.save(organisationId, version, propertyCount, licensingScheme);
                    load();
                },
                "tabs:housingForm",
                "Housing details saved.");
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public Integer getPropertyCount() {
        return propertyCount;
    }

    public void setPropertyCount(Integer propertyCount) {
        this.propertyCount = propertyCount;
    }

    public String getLicensingScheme() {
        return licensingScheme;
    }

    public void setLicensingScheme(String licensingScheme) {
        this.licensingScheme = licensingScheme;
    }
}
