package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.ui.PagedTable;

/** The "Drivers" tab of a taxi operator's organisation page: its drivers, paged in the database. */
@Named
@ViewScoped
public class OperatorDriversTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DriverRegister register;

    private Long operatorId;
    private PagedTable<Driver> model;

    /** The operator's drivers, soonest licence expiry first, searched and paged in the database. */
    public PagedTable<Driver> of(OrganisationRef operator) {
        if (model == null || !operator.getId().equals(operatorId)) {
            operatorId = operator.getId();
            long shown = operatorId;
            model = PagedTable.of(
                    request -> register.countDrivers(search(request, shown)),
                    request -> register.listDrivers(search(request, shown)),
                    Driver::getLicenceNumber);
        }
        return model;
    }

    private static DriverSearch search(ListRequest request, long operatorId) {
        return new DriverSearch(
                request.search(), operatorId, null, request.first(), request.max(), "licenceExpiry", false);
    }
}
