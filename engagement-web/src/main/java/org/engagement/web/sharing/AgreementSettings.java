package org.engagement.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.shared.DomainException;
import org.engagement.core.sharing.AgreementService;
import org.engagement.web.faces.FacesErrors;

/** An administrator chooses which organisation types are expected to have an agreement. */
@Named
@ViewScoped
public class AgreementSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private OrganisationService organisations;

    private String[] expectedTypes;

    @PostConstruct
    void init() {
        expectedTypes = agreements.expectedTypes().toArray(String[]::new);
    }

    public String save() {
        try {
            agreements.changeExpectedTypes(Set.of(expectedTypes));
            FacesErrors.info(
                    "Saved: organisations of the ticked types are counted when they have no active agreement.");
            return "/agreements/list.xhtml?faces-redirect=true";
        } catch (DomainException refused) {
            FacesErrors.show(refused, "settings");
            return null;
        }
    }

    public List<OrganisationType> getTypes() {
        return organisations.types();
    }

    public String[] getExpectedTypes() {
        return expectedTypes.clone();
    }

    public void setExpectedTypes(String[] expectedTypes) {
        this.expectedTypes = expectedTypes == null ? new String[0] : expectedTypes.clone();
    }
}
