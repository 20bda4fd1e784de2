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
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;

/** An administrator chooses which organisation types are expected to have an agreement. */
@Named
@ViewScoped
public class AgreementSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private PageFeedback feedback;

    @Inject
    private OrganisationService organisations;

    private String[] expectedTypes;

    @PostConstruct
    void init() {
        expectedTypes = agreements.expectedTypes().toArray(String[]::new);
    }

    public String save() {
        return feedback.navigate(
                () -> {
                    agreements.changeExpectedTypes(Set.of(expectedTypes));
                    return new Outcome(
                            "Saved: organisations of the ticked types are counted when they have no active agreement.",
                            "/agreements/list.xhtml?faces-redirect=true");
                },
                "settings");
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
