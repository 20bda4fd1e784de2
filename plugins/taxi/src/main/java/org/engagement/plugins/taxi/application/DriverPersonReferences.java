package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.engagement.core.spi.PersonReferences;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/** A driver is a core person with a licence: the core must not delete the person while the driver record names them. */
@ApplicationScoped
class DriverPersonReferences implements PersonReferences {

    @Inject
    private TaxiRepository repository;

    @Override
    public List<String> describe(long personId) {
        List<String> licences = repository.driversOf(personId).stream()
                .map(Driver::getLicenceNumber)
                .toList();
        return licences.isEmpty()
                ? List.of()
                : List.of("the taxi driver record for licence " + String.join(", ", licences));
    }
}
