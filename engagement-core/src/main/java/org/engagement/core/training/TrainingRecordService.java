package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;

/**
 * People's training records, what expires soon, and an organisation's training level. Licensing officers (through a
 * sector module) may read the records of people at organisations in their sector (drivers), through
 * {@link #recordsOf(long)} only.
 */
@ApplicationScoped
@Transactional
public class TrainingRecordService {

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private TrainingPermissions permissions;

    @Inject
    private ContactService contacts;

    @Inject
    private Actor actor;

    protected TrainingRecordService() {}

    /** For use as a plain library. */
    public TrainingRecordService(
            TrainingRepository training,
            TrainingCatalogue catalogue,
            TrainingPermissions permissions,
            ContactService contacts,
            Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.contacts = contacts;
        this.actor = actor;
    }

    /**
     * A person's training, newest first; someone in a module's register (a driver) only for that register's readers.
     * Licensing officers (through a sector module) may read it only for people
     * with a role at an organisation in their sector, such as a driver at a taxi operator.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> recordsOf(long personId) {
        Person person = contacts.findShown(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        if (!permissions.mayRead()) {
            Set<Sector> theirs = training.sectorsOfPerson(person.getId());
            if (Collections.disjoint(theirs, OrganisationAccess.readable(actor))) {
                throw new NotFoundException("Person", personId);
            }
        }
        return training.recordsOf(personId);
    }

    /**
     * Training records of the organisation's people, current and expired, of people the actor may see (a restricted
     * person's are left out, as on their own page).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> recordsOfPeopleAt(long organisationId) {
        permissions.requireReader();
        return shown(training.recordsOfPeopleAt(organisationId));
    }

    private List<TrainingRecord> shown(List<TrainingRecord> records) {
        Set<Long> hidden = contacts.hiddenAmong(
                records.stream().map(r -> r.getPerson().getId()).collect(Collectors.toSet()));
        return records.stream()
                .filter(r -> !hidden.contains(r.getPerson().getId()))
                .toList();
    }

    /** Records that expire within the next {@code days} days (today included), soonest first, of people the actor may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExpiringTraining> expiringWithin(int days) {
        permissions.requireReader();
        if (days < 0 || days > 3660) {
            throw new InvalidInputException("days", "Give a number of days from 0 to 3660.");
        }
        LocalDate today = Dates.today();
        return shown(training.expiringBetween(today, today.plusDays(days))).stream()
                .map(r -> new ExpiringTraining(
                        r, training.organisationNamesOf(r.getPerson().getId())))
                .toList();
    }

    /** The highest level of valid training any of the organisation's people hold, and the share who hold any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationTrainingLevel levelOf(long organisationId) {
        permissions.requireReader();
        TrainingRepository.OrganisationHoldings holdings = training.holdingsOf(organisationId, Dates.today());
        TrainingLevel highest = holdings.levelsByPerson().values().stream()
                .flatMap(Set::stream)
                .distinct()
                .map(code -> catalogue.level(code).orElse(new TrainingLevel(code, code, 0)))
                .max(Comparator.comparingInt(TrainingLevel::rank))
                .orElse(null);
        return new OrganisationTrainingLevel(highest, holdings.levelsByPerson().size(), holdings.people());
    }
}
