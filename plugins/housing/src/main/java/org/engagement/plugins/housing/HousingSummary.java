package org.engagement.plugins.housing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The housing summary page: landlords and properties by licensing scheme. */
@Named
@RequestScoped
public class HousingSummary {

    @Inject
    private HousingService housing;

    private List<SchemeCount> rows;

    public List<SchemeCount> getRows() {
        if (rows == null) {
            rows = housing.bySchemeSummary();
        }
        return rows;
    }
}
