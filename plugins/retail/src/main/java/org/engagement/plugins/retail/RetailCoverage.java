package org.engagement.plugins.retail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The retail coverage page: premises visited by type and area. */
@Named
@ViewScoped
public class RetailCoverage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetailService retail;

    private List<RetailService.CoverageRow> rows;

    public List<RetailService.CoverageRow> getRows() {
        if (rows == null) {
            rows = retail.coverage();
        }
        return rows;
    }
}
