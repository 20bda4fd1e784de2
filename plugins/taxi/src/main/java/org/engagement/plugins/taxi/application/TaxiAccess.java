package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/** Who is asking, and what the module's services may show them: the role checks every taxi service makes first. */
@ApplicationScoped
public class TaxiAccess {

    @Inject
    private Actor actor;

    @Inject
    private TaxiRepository repository;

    /** Refuses with {@code refusal} unless the caller holds one of the {@code allowed} roles. */
    void require(Set<Role> allowed, String refusal) {
        // Asks only about the allowed roles: each question is a container policy check, and checks are the hot path.
        if (allowed.stream().noneMatch(actor::hasRole)) {
            throw new AccessDeniedException(refusal);
        }
    }

    String username() {
        return actor.username();
    }

    Actor actor() {
        return actor;
    }

    /**
     * The driver, unless their processing is restricted and the reader is not the data protection officer: then, as in
     * the core, they are not found.
     */
    Driver shown(Driver driver) {
        return shown(driver, RestrictedPeople.hideFrom(actor) && repository.isRestricted(driver.getPersonId()));
    }

    /** As {@link #shown(Driver)}, when whether the driver is restricted was read with the driver. */
    Driver shown(Driver driver, boolean restricted) {
        if (restricted && RestrictedPeople.hideFrom(actor)) {
            throw new NotFoundException("Driver with licence number", driver.getLicenceNumber());
        }
        return driver;
    }

    /** The people whose processing is restricted, if the reader is one the restriction hides them from. */
    Set<Long> hiddenPeople() {
        return RestrictedPeople.hideFrom(actor) ? repository.restrictedPeople() : Set.of();
    }
}
