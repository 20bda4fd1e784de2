package org.engagement.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.PageOf;
import org.engagement.core.sharing.AgreementFigures;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The register: the dashboard figures and the agreements, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class FindAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    private AgreementFigures figures;
    private LazyDataModel<InformationSharingAgreement> model;

    /** The status the list opens filtered by, from the {@code status} parameter of a link such as the home page's. */
    private String statusFilter;

    @PostConstruct
    void init() {
        statusFilter = statusParameter();
        figures = agreements.figures();
        model = new AgreementLazyModel(agreements, null);
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

    public LazyDataModel<InformationSharingAgreement> getModel() {
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
    static class AgreementLazyModel extends LazyDataModel<InformationSharingAgreement> {

        private static final long serialVersionUID = 1L;

        private final AgreementService agreements;
        private final Long organisationId;

        AgreementLazyModel(AgreementService agreements, Long organisationId) {
            this.agreements = agreements;
            this.organisationId = organisationId;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) agreements.search(search(filters, Map.of(), 0, 1)).total();
        }

        @Override
        public List<InformationSharingAgreement> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PageOf<InformationSharingAgreement> page = agreements.search(search(filters, sort, first, size));
            setRowCount((int) page.total());
            return page.items();
        }

        private AgreementSearch search(
                Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
            SortMeta order = sort.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .orElse(null);
            String status = text(filters, "status");
            String sector = text(filters, "sector");
            return new AgreementSearch(
                    text(filters, FilterMeta.GLOBAL_FILTER_KEY),
                    status == null ? null : AgreementStatus.valueOf(status),
                    organisationId,
                    sector == null ? null : Sector.valueOf(sector),
                    first,
                    size,
                    order == null ? null : order.getField(),
                    order != null && order.getOrder() == SortOrder.DESCENDING);
        }

        private static String text(Map<String, FilterMeta> filters, String field) {
            FilterMeta meta = filters.get(field);
            Object value = meta == null ? null : meta.getFilterValue();
            return value == null || value.toString().isBlank() ? null : value.toString();
        }

        @Override
        public String getRowKey(InformationSharingAgreement agreement) {
            return String.valueOf(agreement.getId());
        }

        @Override
        public InformationSharingAgreement getRowData(String rowKey) {
            return agreements.get(Long.parseLong(rowKey));
        }
    }
}
