package org.engagement.plugins.housing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidInputException;

/** The Housing tab of a landlord's or letting agent's page: shows and saves the housing details. */
@Named
@ViewScoped
public class HousingDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HousingService housing;
    @Inject
    private transient OrganisationService organisations;

    private Long organisationId;
    private Long version;
    private Integer propertyCount;
    private String licensingScheme;
    private boolean mayEdit;

    /** The tab's state for this organisation, loaded the first time the page asks. */
    public HousingDetailsTab of(Organisation organisation) {
        if (organisation != null && !organisation.getId().equals(organisationId)) {
            organisationId = organisation.getId();
            mayEdit = organisations.canEdit(organisation);
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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            housing.save(organisationId, version, propertyCount, licensingScheme);
            load();
            faces.addMessage(null, new FacesMessage("Housing details saved."));
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> faces.addMessage("tabs:housingForm:" + e.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
            faces.validationFailed();
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
            faces.validationFailed();
        }
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
