package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OrganisationRow;
import org.engagement.ui.PagedTable;

/** The organisations behind one figure of the safeguarding overview, paged, sorted and searched in the database. */
@Named
@ViewScoped
public class SafeguardingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingReports reports;

    @Inject
    private SafeguardingSettings settings;

    @Inject
    private OrganisationService organisations;

    private Category category;
    private Integer months;
    private PagedTable<OrganisationRow> model;

    /** Called by the view's f:viewAction. */
    public void load() {
        months = settings.auditDueMonths(months);
        SafeguardingReports source = reports;
        Category shown = category;
        int dueMonths = months;
        model = PagedTable.ofPages(
                request -> source.organisations(shown, dueMonths, request), OrganisationRow::organisationId);
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

    public PagedTable<OrganisationRow> getModel() {
        return model;
    }
}
