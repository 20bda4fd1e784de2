package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.PageOf;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;

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
    private OrganisationService organisations;
    @Inject
    private Actor actor;

    protected SafeguardingReports() {
    }

    /** For use as a plain library. */
    public SafeguardingReports(SafeguardingRepository repository, OrganisationService organisations, Actor actor) {
        this.repository = repository;
        this.organisations = organisations;
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
    public record OrganisationRow(long organisationId, String name, String typeCode, Sector sector, PolicyStatus policyStatus,
            LocalDate nextReviewDue, LocalDate lastAuditDate, boolean auditDue) {

        boolean in(Category category) {
            return switch (category) {
                case NO_POLICY -> policyStatus == PolicyStatus.NONE;
                case IN_DEVELOPMENT -> policyStatus == PolicyStatus.IN_DEVELOPMENT;
                case ADOPTED -> policyStatus == PolicyStatus.ADOPTED;
                case REVIEW_OVERDUE -> policyStatus == PolicyStatus.REVIEW_OVERDUE;
                case AUDIT_DUE -> auditDue;
            };
        }
    }

    /** An action from a finished audit that is not done yet. */
    public record OpenAction(long auditId, long findingId, long organisationId, String organisationName, LocalDate auditDate,
            String standardCode, String standardTitle, String action, String owner, LocalDate due, boolean overdue) {

        static OpenAction of(Finding f) {
            Audit a = f.getAudit();
            return new OpenAction(a.getId(), f.getId(), a.getOrganisation().getId(), a.getOrganisation().getName(),
                    a.getDate(), f.getStandard().getCode(), f.getStandard().getTitle(), f.getActionText(), f.getActionOwner(),
                    f.getActionDue(), f.isActionOverdue());
        }
    }

    /** The figures. {@code counts} has every category; {@code openActions} counts the actions listed by due date. */
    public record Overview(LocalDate asOf, int auditDueMonths, Set<Sector> sectors, Map<Category, Integer> counts,
            int openActions, int overdueActions) {
    }

    public Overview overview(int auditDueMonths) {
        List<OrganisationRow> rows = rows(auditDueMonths);
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, (int) rows.stream().filter(r -> r.in(category)).count());
        }
        List<OpenAction> actions = openActions();
        return new Overview(Dates.today(), auditDueMonths, sectors(), counts, actions.size(),
                (int) actions.stream().filter(OpenAction::overdue).count());
    }

    /** The organisations behind one figure, by name. */
    public List<OrganisationRow> organisations(Category category, int auditDueMonths) {
        return rows(auditDueMonths).stream().filter(r -> r.in(category)).toList();
    }

    /** Open actions of finished audits, earliest due first. */
    public List<OpenAction> openActions() {
        requireSee();
        return repository.openActions(sectors()).stream().map(OpenAction::of).toList();
    }

    private List<OrganisationRow> rows(int auditDueMonths) {
        requireSee();
        LocalDate today = Dates.today();
        LocalDate auditedSince = today.minusMonths(auditDueMonths);
        Set<Sector> sectors = sectors();
        Map<Long, SafeguardingProfile> profiles = repository.profilesIn(sectors).stream()
                .collect(Collectors.toMap(p -> p.getOrganisation().getId(), Function.identity()));
        Map<Long, LocalDate> lastAudits = repository.lastFinishedAuditDates();
        return sectors.stream()
                .flatMap(sector -> allIn(sector).stream())
                .map(o -> row(o, profiles.get(o.getId()), lastAudits.get(o.getId()), today, auditedSince))
                .sorted(Comparator.comparing(OrganisationRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Organisations are few enough (hundreds) in a partnership area to judge in one pass, page by page. */
    private List<Organisation> allIn(Sector sector) {
        List<Organisation> all = new ArrayList<>();
        PageOf<Organisation> page;
        do {
            page = organisations.search(new OrganisationSearch(null, null, null, sector, null, null, null, "name", false,
                    all.size(), OrganisationSearch.MAX_PAGE));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    private static OrganisationRow row(Organisation o, SafeguardingProfile profile, LocalDate lastAudit, LocalDate today,
            LocalDate auditedSince) {
        PolicyStatus status = profile == null ? PolicyStatus.NONE : profile.statusOn(today);
        return new OrganisationRow(o.getId(), o.getName(), o.getTypeCode(), o.getSector(), status,
                profile == null ? null : profile.getNextReviewDue(), lastAudit,
                lastAudit == null || lastAudit.isBefore(auditedSince));
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
