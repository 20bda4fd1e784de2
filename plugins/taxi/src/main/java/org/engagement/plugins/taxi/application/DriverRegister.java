package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.RecordViews;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/** Reading the licence register: a driver by licence number, pages of drivers, the operators they drive for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DriverRegister {

    /** The record type of a driver in the core's access log. */
    static final String DRIVER_RECORD = "Taxi driver";

    @Inject
    private TaxiAccess access;

    @Inject
    private TaxiRepository repository;

    @Inject
    private TaxiStore store;

    /** The core's access log: who looked at which driver. */
    @Inject
    private RecordViews views;

    public Driver driver(String licenceNumber) {
        requireReader();
        Driver driver = shownDriver(new LicenceNumber(licenceNumber));
        views.viewed(DRIVER_RECORD, driver.getId(), driver.getPersonId());
        return driver;
    }

    /** The driver as the caller may see them (restricted people hidden), for the module's other services. */
    Driver shownDriver(LicenceNumber number) {
        return access.shown(repository
                .driver(number)
                .orElseThrow(() -> new NotFoundException("Driver with licence number", number)));
    }

    /** One page of the register and how many drivers match in all (for the API). */
    public PageOf<Driver> drivers(DriverSearch search) {
        requireReader();
        Set<Long> hidden = access.hiddenPeople();
        return new PageOf<>(repository.drivers(search, hidden), repository.countDrivers(search, hidden));
    }

    /** One page of the drivers that match, in the search's order, without counting them all. */
    public List<Driver> listDrivers(DriverSearch search) {
        requireReader();
        return repository.drivers(search, access.hiddenPeople());
    }

    /** How many drivers match the search's filters (a table asks this before it loads a page). */
    public long countDrivers(DriverSearch search) {
        requireReader();
        return repository.countDrivers(search, access.hiddenPeople());
    }

    /** Every operator's name by id, in name order, for lists and filters. */
    public Map<Long, String> operatorNames() {
        requireReader();
        return store.organisationNamesOfType(TaxiModule.OPERATOR);
    }

    /** The driver's operator by name, in words when there is none. */
    public String operatorName(Driver driver) {
        return driver.getOperatorId() == null
                ? "None recorded"
                : store.organisationNamesOfType(TaxiModule.OPERATOR)
                        .getOrDefault(driver.getOperatorId(), "None recorded");
    }

    private void requireReader() {
        access.require(TaxiModule.READERS, "Your role does not include the driver register.");
    }
}
