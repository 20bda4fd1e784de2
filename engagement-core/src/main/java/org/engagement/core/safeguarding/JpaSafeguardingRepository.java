package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.engagement.core.contact.RestrictedPersonNames;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.OrganisationRow;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;

@ApplicationScoped
public class JpaSafeguardingRepository implements SafeguardingRepository {

    private static final String POLICY = "org.engagement.core.safeguarding.PolicyStatus.";
    private static final String FINISHED = "org.engagement.core.safeguarding.AuditStatus.FINISHED";
    /** Derived, never stored: see {@link PolicyStatus#effective}. */
    private static final String OVERDUE = "p.policyStatus = " + POLICY + "ADOPTED and p.nextReviewDue < :today";

    private static final String AUDIT_DUE = "not exists (select a.id from Audit a where a.organisation = o"
            + " and a.status = " + FINISHED + " and a.date >= :since)";
    private static final String LAST_AUDIT =
            "(select max(a.date) from Audit a where a.organisation = o" + " and a.status = " + FINISHED + ")";
    /**
     * "Not done" is read from the done date (set and cleared with the flag, see {@link Finding}): a search adds
     * {@code like ... escape}, with which EclipseLink writes literals into Derby's SQL, and it writes {@code false} as
     * 0, which Derby will not compare with a BOOLEAN column.
     */
    private static final String OPEN_ACTIONS =
            " from Finding f where f.actionText is not null and f.actionDoneOn is null" + " and f.audit.status = "
                    + FINISHED + " and f.audit.organisation.sector in :sectors";
    /** The columns a reader may sort by, so no other text reaches the query. */
    private static final Map<String, String> ORGANISATION_ORDER = Map.of(
            "name",
            "o.nameKey",
            "type",
            "o.typeCode",
            "sector",
            "o.sector",
            "policy",
            "p.policyStatus",
            "nextReviewDue",
            "p.nextReviewDue",
            "lastAudit",
            "lastAudit");

    private static final Map<String, String> ACTION_ORDER = Map.of(
            "due",
            "f.actionDue",
            "organisation",
            "f.audit.organisation.nameKey",
            "owner",
            "f.actionOwner",
            "standard",
            "f.standard.code",
            "auditDate",
            "f.audit.date");

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaSafeguardingRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaSafeguardingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SafeguardingProfile> profileOf(long organisationId) {
        return em.createNamedQuery("SafeguardingProfile.findByOrganisation", SafeguardingProfile.class)
                .setParameter("organisationId", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AuditTemplate> template(String code) {
        return em.createNamedQuery("AuditTemplate.findByCode", AuditTemplate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AuditTemplate> templates() {
        return em.createNamedQuery("AuditTemplate.all", AuditTemplate.class).getResultList();
    }

    @Override
    public Optional<Audit> audit(long id) {
        return Optional.ofNullable(em.find(Audit.class, id));
    }

    @Override
    public List<Audit> auditsOf(long organisationId) {
        return em.createNamedQuery("Audit.findByOrganisation", Audit.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public long organisationCount(Collection<Sector> sectors) {
        return em.createQuery("select count(o) from Organisation o where o.sector in :sectors", Long.class)
                .setParameter("sectors", List.copyOf(sectors))
                .getSingleResult();
    }

    @Override
    public Map<PolicyStatus, Long> profileCounts(Collection<Sector> sectors, LocalDate today) {
        Map<PolicyStatus, Long> counts = new EnumMap<>(PolicyStatus.class);
        for (Object[] row : em.createQuery(
                        "select p.policyStatus, count(p) from SafeguardingProfile p"
                                + " where p.organisation.sector in :sectors and not (" + OVERDUE
                                + ") group by p.policyStatus",
                        Object[].class)
                .setParameter("sectors", List.copyOf(sectors))
                .setParameter("today", today)
                .getResultList()) {
            counts.put((PolicyStatus) row[0], (Long) row[1]);
        }
        counts.put(
                PolicyStatus.REVIEW_OVERDUE,
                em.createQuery(
                                "select count(p) from SafeguardingProfile p"
                                        + " where p.organisation.sector in :sectors and " + OVERDUE,
                                Long.class)
                        .setParameter("sectors", List.copyOf(sectors))
                        .setParameter("today", today)
                        .getSingleResult());
        return counts;
    }

    @Override
    public long auditDueCount(Collection<Sector> sectors, LocalDate auditedSince) {
        return em.createQuery(
                        "select count(o) from Organisation o where o.sector in :sectors and " + AUDIT_DUE, Long.class)
                .setParameter("sectors", List.copyOf(sectors))
                .setParameter("since", auditedSince)
                .getSingleResult();
    }

    @Override
    public long openActionCount(Collection<Sector> sectors, LocalDate dueBefore) {
        TypedQuery<Long> query = em.createQuery(
                        "select count(f)" + OPEN_ACTIONS + (dueBefore == null ? "" : " and f.actionDue < :before"),
                        Long.class)
                .setParameter("sectors", List.copyOf(sectors));
        return (dueBefore == null ? query : query.setParameter("before", dueBefore)).getSingleResult();
    }

    @Override
    public PageOf<OrganisationRow> organisations(
            Category category,
            Collection<Sector> sectors,
            LocalDate today,
            LocalDate auditedSince,
            ListRequest request) {
        String from =
                " from Organisation o left join SafeguardingProfile p on p.organisation = o where o.sector in :sectors"
                        + " and " + condition(category)
                        + (request.search() == null ? "" : " and o.nameKey like :search" + LikePattern.ESCAPE_CLAUSE);
        String order = ORGANISATION_ORDER.getOrDefault(Objects.toString(request.sortBy(), ""), "o.nameKey");
        String direction = request.descending() ? " desc" : "";
        TypedQuery<Long> count = em.createQuery("select count(o)" + from, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(
                "select o.id, o.name, o.typeCode, o.sector, p.policyStatus, p.nextReviewDue, " + LAST_AUDIT
                        + " as lastAudit" + from + " order by " + order + direction + ", o.id" + direction,
                Object[].class);
        for (Query query : List.of(count, rows)) {
            query.setParameter("sectors", List.copyOf(sectors));
            setIfUsed(query, "today", today);
            setIfUsed(query, "since", auditedSince);
            setIfUsed(
                    query,
                    "search",
                    request.search() == null ? null : LikePattern.contains(Organisation.nameKey(request.search())));
        }
        List<OrganisationRow> items =
                rows.setFirstResult(request.first()).setMaxResults(request.max()).getResultList().stream()
                        .map(r -> organisationRow(r, today, auditedSince))
                        .toList();
        return new PageOf<>(items, count.getSingleResult());
    }

    @Override
    public List<String> restrictedNames() {
        return List.copyOf(RestrictedPersonNames.byId(em).values());
    }

    @Override
    public PageOf<Finding> openActions(Collection<Sector> sectors, ListRequest request, boolean searchFreeText) {
        String like = " like :search" + LikePattern.ESCAPE_CLAUSE;
        String freeText = searchFreeText ? " or lower(f.actionText)" + like + " or lower(f.actionOwner)" + like : "";
        String where = OPEN_ACTIONS
                + (request.search() == null
                        ? ""
                        : " and (f.audit.organisation.nameKey" + like + freeText + " or lower(f.standard.code)" + like
                                + ")");
        String order = ACTION_ORDER.getOrDefault(Objects.toString(request.sortBy(), ""), "f.actionDue");
        String direction = request.descending() ? " desc" : "";
        TypedQuery<Long> count = em.createQuery("select count(f)" + where, Long.class);
        TypedQuery<Finding> rows = em.createQuery(
                "select f" + where + " order by " + order + direction + ", f.id" + direction, Finding.class);
        for (Query query : List.of(count, rows)) {
            query.setParameter("sectors", List.copyOf(sectors));
            setIfUsed(
                    query,
                    "search",
                    request.search() == null
                            ? null
                            : LikePattern.contains(request.search().toLowerCase(Locale.ROOT)));
        }
        return new PageOf<>(
                rows.setFirstResult(request.first())
                        .setMaxResults(request.max())
                        .getResultList(),
                count.getSingleResult());
    }

    /** Sets a parameter only where the query text names it (JPA refuses unknown ones). */
    private static void setIfUsed(Query query, String name, Object value) {
        if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
            query.setParameter(name, value);
        }
    }

    private static String condition(Category category) {
        return switch (category) {
            case NO_POLICY -> "(p.id is null or p.policyStatus = " + POLICY + "NONE)";
            case IN_DEVELOPMENT -> "p.policyStatus = " + POLICY + "IN_DEVELOPMENT";
            case ADOPTED ->
                "p.policyStatus = " + POLICY + "ADOPTED and (p.nextReviewDue is null or p.nextReviewDue >= :today)";
            case REVIEW_OVERDUE -> OVERDUE;
            case AUDIT_DUE -> AUDIT_DUE;
        };
    }

    /** The last-audit date comes from a sub-select, which the converter for LocalDate columns does not see. */
    private static OrganisationRow organisationRow(Object[] r, LocalDate today, LocalDate auditedSince) {
        PolicyStatus stored = r[4] == null ? PolicyStatus.NONE : (PolicyStatus) r[4];
        LocalDate review = (LocalDate) r[5];
        LocalDate lastAudit = r[6] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) r[6];
        return new OrganisationRow(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                (Sector) r[3],
                PolicyStatus.effective(stored, review, today),
                review,
                lastAudit,
                lastAudit == null || lastAudit.isBefore(auditedSince));
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
