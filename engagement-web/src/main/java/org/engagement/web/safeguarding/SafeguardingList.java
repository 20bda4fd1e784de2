package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.safeguarding.ListRequest;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OrganisationRow;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.LazyDataModel;

/** The organisations behind one figure of the safeguarding overview, paged, sorted and searched in the database. */
@Named
@ViewScoped
public class SafeguardingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingReports reports;

    @Inject
    private transient SafeguardingSettings settings;

    @Inject
    private transient OrganisationService organisations;

    private Category category;
    private Integer months;
    private LazyDataModel<OrganisationRow> model;

    /** Called by the view's f:viewAction. */
    public void load() {
        months = settings.auditDueMonths(months);
        model = new Rows(reports, category, months);
    }

    public String typeLabel(String code) {
        return organisations.typeLabel(code);
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public LazyDataModel<OrganisationRow> getModel() {
        return model;
    }

    private static final class Rows extends SafeguardingLazyModel<OrganisationRow> {

        private static final long serialVersionUID = 1L;

        /** A CDI client proxy, so it survives serialisation of the view. */
        private final SafeguardingReports reports;

        private final Category category;
        private final int months;

        Rows(SafeguardingReports reports, Category category, int months) {
            this.reports = reports;
            this.category = category;
            this.months = months;
        }

        @Override
        protected PageOf<OrganisationRow> page(ListRequest request) {
            return reports.organisations(category, months, request);
        }

        @Override
        protected long key(OrganisationRow row) {
            return row.organisationId();
        }
    }
}
