package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.RestrictedNames;

/**
 * The safeguarding overview: organisations by policy status, reviews overdue, audits due and open actions, each
 * figure computed from the records with the list behind it. Covers the sectors the reader works on
 * ({@link SafeguardingAccess#overviewSectors}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SafeguardingReports {

    @Inject
    private SafeguardingRepository repository;

    @Inject
    private Actor actor;

    protected SafeguardingReports() {}

    /** For use as a plain library. */
    public SafeguardingReports(SafeguardingRepository repository, Actor actor) {
        this.repository = repository;
        this.actor = actor;
    }

    /** A figure of the overview, naming the list behind it. */
    public enum Category {
        NO_POLICY("No policy"),
        IN_DEVELOPMENT("Policy in development"),
        ADOPTED("Policy adopted and in date"),
        REVIEW_OVERDUE("Policy review overdue"),
        AUDIT_DUE("Audit due");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One organisation's safeguarding position, as a row of a list behind a figure. */
    public record OrganisationRow(
            long organisationId,
            String name,
            String typeCode,
            Sector sector,
            PolicyStatus policyStatus,
            LocalDate nextReviewDue,
            LocalDate lastAuditDate,
            boolean auditDue)
            implements Serializable {}

    /** An action from a finished audit that is not done yet. */
    public record OpenAction(
            long auditId,
            long findingId,
            long organisationId,
            String organisationName,
            LocalDate auditDate,
            String standardCode,
            String standardTitle,
            String action,
            String owner,
            LocalDate due,
            boolean overdue)
            implements Serializable {

        /** The action with its text and owner passed through {@code shown} (restricted people's names masked). */
        static OpenAction of(Finding f, UnaryOperator<String> shown) {
            Audit a = f.getAudit();
            return new OpenAction(
                    a.getId(),
                    f.getId(),
                    a.getOrganisation().getId(),
                    a.getOrganisation().getName(),
                    a.getDate(),
                    f.getStandard().getCode(),
                    f.getStandard().getTitle(),
                    shown.apply(f.getActionText()),
                    shown.apply(f.getActionOwner()),
                    f.getActionDue(),
                    f.isActionOverdue());
        }
    }

    /** The figures. {@code counts} has every category; {@code openActions} counts the actions listed by due date. */
    public record Overview(
            LocalDate asOf,
            int auditDueMonths,
            Set<Sector> sectors,
            Map<Category, Integer> counts,
            int openActions,
            int overdueActions)
            implements Serializable {}

    /** Each figure is one counting query, so the overview stays quick however many organisations there are. */
    public Overview overview(int auditDueMonths) {
        requireSee();
        LocalDate today = Dates.today();
        Set<Sector> sectors = sectors();
        Map<PolicyStatus, Long> profiles = repository.profileCounts(sectors, today);
        long withPolicy = profiles.entrySet().stream()
                .filter(e -> e.getKey() != PolicyStatus.NONE)
                .mapToLong(Map.Entry::getValue)
                .sum();
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        counts.put(Category.NO_POLICY, (int) (repository.organisationCount(sectors) - withPolicy));
        counts.put(
                Category.IN_DEVELOPMENT,
                profiles.getOrDefault(PolicyStatus.IN_DEVELOPMENT, 0L).intValue());
        counts.put(
                Category.ADOPTED,
                profiles.getOrDefault(PolicyStatus.ADOPTED, 0L).intValue());
        counts.put(
                Category.REVIEW_OVERDUE,
                profiles.getOrDefault(PolicyStatus.REVIEW_OVERDUE, 0L).intValue());
        counts.put(Category.AUDIT_DUE, (int) repository.auditDueCount(sectors, today.minusMonths(auditDueMonths)));
        return new Overview(
                today, auditDueMonths, sectors, counts, (int) repository.openActionCount(sectors, null), (int)
                        repository.openActionCount(sectors, today));
    }

    /**
     * One page of the organisations behind a figure, sorted by {@code name} (or {@code type}, {@code sector},
     * {@code policy}, {@code nextReviewDue}, {@code lastAudit}) and searched by name.
     */
    public PageOf<OrganisationRow> organisations(Category category, int auditDueMonths, ListRequest request) {
        requireSee();
        LocalDate today = Dates.today();
        return repository.organisations(category, sectors(), today, today.minusMonths(auditDueMonths), request);
    }

    /**
     * One page of the open actions of finished audits, earliest due first unless sorted by {@code organisation},
     * {@code owner}, {@code standard} or {@code auditDate}; the search matches organisation, action, owner or standard.
     * Restricted people's names are masked in the action and its owner for everyone but the data protection officer,
     * and a search by such a name does not look in those texts for them (see {@link RestrictedNames#searchesFreeText}).
     */
    public PageOf<OpenAction> openActions(ListRequest request) {
        requireSee();
        RestrictedNames names = RestrictedNames.forReader(actor, repository::restrictedNames);
        PageOf<Finding> page = repository.openActions(sectors(), request, names.searchesFreeText(request.search()));
        return new PageOf<>(
                page.items().stream().map(f -> OpenAction.of(f, names::mask)).toList(), page.total());
    }

    private Set<Sector> sectors() {
        return SafeguardingAccess.overviewSectors(actor);
    }

    private void requireSee() {
        if (!SafeguardingAccess.canSee(actor)) {
            throw new AccessDeniedException("Your roles do not give access to safeguarding figures.");
        }
    }
}
