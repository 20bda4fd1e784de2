package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.ListRequest;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OpenAction;
import org.engagement.core.safeguarding.SafeguardingReports.Overview;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.LazyDataModel;

/** The safeguarding overview: figures that each open the list behind them, and open actions by due date. */
@Named
@ViewScoped
public class SafeguardingOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingReports reports;

    @Inject
    private transient SafeguardingSettings settings;

    private Integer months;
    private Overview overview;
    private LazyDataModel<OpenAction> openActions;

    /** Called by the view's f:viewAction, and again when the reader changes the months. */
    public void load() {
        months = settings.auditDueMonths(months);
        overview = reports.overview(months);
        openActions = new OpenActions(reports);
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

    public LazyDataModel<OpenAction> getOpenActions() {
        return openActions;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    private static final class OpenActions extends SafeguardingLazyModel<OpenAction> {

        private static final long serialVersionUID = 1L;

        /** A CDI client proxy, so it survives serialisation of the view. */
        private final SafeguardingReports reports;

        OpenActions(SafeguardingReports reports) {
            this.reports = reports;
        }

        @Override
        protected PageOf<OpenAction> page(ListRequest request) {
            return reports.openActions(request);
        }

        @Override
        protected long key(OpenAction row) {
            return row.findingId();
        }
    }
}
