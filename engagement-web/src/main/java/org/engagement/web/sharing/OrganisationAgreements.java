package org.engagement.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.access.RoleSets;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.web.security.CurrentUser;

/** The organisation page's Agreements tab: the agreements the organisation is a party to. */
@Named
@ViewScoped
public class OrganisationAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private CurrentUser currentUser;

    private Long loadedFor;
    private List<InformationSharingAgreement> list = List.of();

    /** Licensing officers have no access to the register, so they do not see the tab. */
    public boolean isShown() {
        return RoleSets.AGREEMENT_READERS.stream().anyMatch(role -> currentUser.hasRole(role.name()));
    }

    public List<InformationSharingAgreement> of(Long organisationId) {
        if (organisationId != null && !organisationId.equals(loadedFor)) {
            list = agreements
                    .search(new AgreementSearch(null, null, organisationId, null, 0, 500, "reviewDate", false))
                    .items();
            loadedFor = organisationId;
        }
        return list;
    }

    public AgreementStatus status(InformationSharingAgreement agreement) {
        return agreements.statusOf(agreement);
    }

    public boolean isMayCreate() {
        return agreements.canCreate();
    }
}
