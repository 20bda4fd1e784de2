package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.ListRequest;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.ui.PagedTable;

/** The driver register: searched, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class FindDrivers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DriverRegister register;

    private Map<Long, String> operators;
    private final PagedTable<Driver> model = PagedTable.of(
            request -> register.countDrivers(search(request)),
            request -> register.listDrivers(search(request)),
            Driver::getLicenceNumber);

    private static DriverSearch search(ListRequest request) {
        String operator = request.filter("operator");
        return new DriverSearch(
                request.search(),
                operator == null ? null : Long.valueOf(operator),
                request.filter("status", LicenceStatus.class),
                request.first(),
                request.max(),
                request.sortBy(),
                request.descending());
    }

    public PagedTable<Driver> getModel() {
        return model;
    }

    public Map<Long, String> getOperators() {
        if (operators == null) {
            operators = new java.util.LinkedHashMap<>(register.operatorNames());
        }
        return operators;
    }

    public String operatorName(Long operatorId) {
        return operatorId == null ? "None recorded" : getOperators().getOrDefault(operatorId, "");
    }

    public List<LicenceStatus> getStatuses() {
        return List.of(LicenceStatus.values());
    }
}
