package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OpenAction;
import org.engagement.core.safeguarding.SafeguardingReports.Overview;
import org.engagement.ui.PagedTable;

/** The safeguarding overview: figures that each open the list behind them, and open actions by due date. */
@Named
@ViewScoped
public class SafeguardingOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingReports reports;

    @Inject
    private SafeguardingSettings settings;

    private Integer months;
    private Overview overview;
    private PagedTable<OpenAction> openActions;

    /** Called by the view's f:viewAction, and again when the reader changes the months. */
    public void load() {
        months = settings.auditDueMonths(months);
        overview = reports.overview(months);
        SafeguardingReports source = reports;
        openActions = PagedTable.ofPages(source::openActions, OpenAction::findingId);
    }

    public int count(Category category) {
        return overview.counts().get(category);
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public String getSectors() {
        return String.join(", ", overview.sectors().stream().map(Sector::label).toList());
    }

    public Overview getOverview() {
        return overview;
    }

    public PagedTable<OpenAction> getOpenActions() {
        return openActions;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }
}
