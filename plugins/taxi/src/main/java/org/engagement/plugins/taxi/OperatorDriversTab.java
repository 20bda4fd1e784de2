package org.engagement.plugins.taxi;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.engagement.core.spi.OrganisationRef;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The "Drivers" tab of a taxi operator's organisation page: its drivers, paged in the database. */
@Named
@ViewScoped
public class OperatorDriversTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaxiService taxi;

    private Model model;

    public Model of(OrganisationRef operator) {
        if (model == null || model.operatorId != operator.getId()) {
            model = new Model(operator.getId());
        }
        return model;
    }

    public class Model extends LazyDataModel<Driver> {

        private static final long serialVersionUID = 1L;
        private final long operatorId;

        Model(long operatorId) {
            this.operatorId = operatorId;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) taxi.countDrivers(search(filters, 0, 1));
        }

        @Override
        public List<Driver> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return taxi.listDrivers(search(filters, first, pageSize));
        }

        private DriverSearch search(Map<String, FilterMeta> filters, int first, int size) {
            FilterMeta q = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
            return new DriverSearch(
                    q == null || q.getFilterValue() == null
                            ? null
                            : q.getFilterValue().toString(),
                    operatorId,
                    null,
                    first,
                    size,
                    "licenceExpiry",
                    false);
        }

        @Override
        public String getRowKey(Driver driver) {
            return driver.getLicenceNumber();
        }
    }
}
