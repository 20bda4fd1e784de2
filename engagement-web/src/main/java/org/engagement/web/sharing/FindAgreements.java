package org.engagement.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.engagement.core.organisation.Sector;
import org.engagement.core.sharing.AgreementFigures;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.ui.PagedTable;

/** The register: the dashboard figures and the agreements, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class FindAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    private AgreementFigures figures;
    private PagedTable<InformationSharingAgreement> model;

    /** The status the list opens filtered by, from the {@code status} parameter of a link such as the home page's. */
    private String statusFilter;

    @PostConstruct
    void init() {
        statusFilter = statusParameter();
        figures = agreements.figures();
        model = register(agreements, null);
    }

    private static String statusParameter() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("status");
        return Arrays.stream(AgreementStatus.values())
                .map(AgreementStatus::name)
                .filter(name -> name.equals(asked))
                .findFirst()
                .orElse(null);
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public AgreementFigures getFigures() {
        return figures;
    }

    public PagedTable<InformationSharingAgreement> getModel() {
        return model;
    }

    public boolean isMayCreate() {
        return agreements.canCreate();
    }

    public boolean isMayChangeSettings() {
        return agreements.canChangeSettings();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public AgreementStatus status(InformationSharingAgreement agreement) {
        return agreements.statusOf(agreement);
    }

    /** Pages through the register in the database; {@code organisationId} limits it to one party's agreements. */
    static PagedTable<InformationSharingAgreement> register(AgreementService agreements, Long organisationId) {
        return PagedTable.ofPages(
                request -> agreements.search(new AgreementSearch(
                        request.search(),
                        request.filter("status", AgreementStatus.class),
                        organisationId,
                        request.filter("sector", Sector.class),
                        request.first(),
                        request.max(),
                        request.sortBy(),
                        request.descending())),
                InformationSharingAgreement::getId);
    }
}
