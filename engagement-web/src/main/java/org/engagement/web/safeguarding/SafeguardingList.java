package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OrganisationRow;

/** The organisations behind one figure of the safeguarding overview. */
@Named
@ViewScoped
public class SafeguardingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SafeguardingReports reports;
    @Inject
    private transient SafeguardingSettings settings;
    @Inject
    private transient OrganisationService organisations;

    private Category category;
    private Integer months;
    private List<OrganisationRow> rows = List.of();

    /** Called by the view's f:viewAction. */
    public void load() {
        months = settings.auditDueMonths(months);
        rows = reports.organisations(category, months);
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

    public List<OrganisationRow> getRows() {
        return rows;
    }
}
