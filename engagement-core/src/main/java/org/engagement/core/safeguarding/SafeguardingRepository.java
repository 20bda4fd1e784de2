package org.engagement.core.safeguarding;

import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;

/** Where profiles, templates and audits are kept. */
public interface SafeguardingRepository {

    Optional<SafeguardingProfile> profileOf(long organisationId);

    Optional<AuditTemplate> template(String code);

    List<AuditTemplate> templates();

    Optional<Audit> audit(long id);

    /** Newest first. */
    List<Audit> auditsOf(long organisationId);

    /** How many organisations the sectors hold. */
    long organisationCount(Collection<Sector> sectors);

    /**
     * Organisations with a profile, counted by policy status as it stands on {@code today}: adopted policies past
     * their review date count as {@link PolicyStatus#REVIEW_OVERDUE}, not as adopted.
     */
    Map<PolicyStatus, Long> profileCounts(Collection<Sector> sectors, LocalDate today);

    /** Organisations with no finished audit dated on or after {@code auditedSince}. */
    long auditDueCount(Collection<Sector> sectors, LocalDate auditedSince);

    /** Open actions of finished audits; only those due before {@code dueBefore} if it is given. */
    long openActionCount(Collection<Sector> sectors, LocalDate dueBefore);

    /** One page of the organisations behind a figure of the overview, with how many there are in all. */
    PageOf<SafeguardingReports.OrganisationRow> organisations(
            SafeguardingReports.Category category,
            Collection<Sector> sectors,
            LocalDate today,
            LocalDate auditedSince,
            ListRequest request);

    /**
     * One page of the open actions of finished audits (earliest due first unless asked otherwise), with the total.
     * Without {@code searchFreeText} the search looks only at the organisation's name and the standard's code, not the
     * action's text and owner (see {@code RestrictedNames#searchesFreeText}).
     */
    PageOf<Finding> openActions(Collection<Sector> sectors, ListRequest request, boolean searchFreeText);

    /** The names of everyone under a restriction of processing, to mask in the open actions' text. */
    List<String> restrictedNames();

    void add(Object entity);

    void flush();

    /** Flushes so a save racing with another one fails here, with a message the user can act on. */
    default void flush(Supplier<StaleRecordException> stale) {
        try {
            flush();
        } catch (OptimisticLockException race) {
            throw stale.get();
        }
    }
}
