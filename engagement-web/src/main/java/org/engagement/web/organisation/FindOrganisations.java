package org.engagement.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;

/** The organisation list: lazy, database-side paging, sorting and filtering, and export of what is filtered. */
@Named
@ViewScoped
public class FindOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    private OrganisationLazyModel model;
    private String q;

    @PostConstruct
    void init() {
        model = new OrganisationLazyModel(organisations);
    }

    public OrganisationLazyModel getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<OrganisationType> getTypes() {
        return organisations.types();
    }

    public String typeLabel(String code) {
        return organisations.typeLabel(code);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public boolean isMayCreate() {
        return !organisations.creatableTypes().isEmpty();
    }
}
