package org.engagement.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.shared.PageOf;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    private static final Map<String, String> SORTS = Map.of(
            "title",
            "a.title",
            "reference",
            "a.referenceKey",
            "status",
            "a.status",
            "reviewDate",
            "a.reviewDate",
            "startDate",
            "a.startDate",
            "endDate",
            "a.endDate",
            "owner",
            "a.owner");

    /** Organisations of an expected type with no party in an active agreement. */
    private static final String WITHOUT_AGREEMENT = " from Organisation o where o.typeCode in"
            + " (select e.typeCode from ExpectedAgreementType e) and not exists (select p from Party p"
            + " where p.organisation = o and p.agreement.status = org.engagement.core.sharing.AgreementStatus.ACTIVE)";

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaAgreementRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaAgreementRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<InformationSharingAgreement> findById(long id) {
        return Optional.ofNullable(em.find(InformationSharingAgreement.class, id));
    }

    @Override
    public Optional<InformationSharingAgreement> findByReference(String reference) {
        return em.createNamedQuery("InformationSharingAgreement.findByReference", InformationSharingAgreement.class)
                .setParameter("key", InformationSharingAgreement.referenceKey(reference))
                .getResultStream()
                .findFirst();
    }

    @Override
    public PageOf<InformationSharingAgreement> search(AgreementSearch s, LocalDate dueBy) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(s, dueBy, parameters);
        TypedQuery<Long> count =
                em.createQuery("select count(a) from InformationSharingAgreement a" + where, Long.class);
        parameters.forEach(count::setParameter);
        String sort = SORTS.getOrDefault(s.sortBy(), "a.reviewDate") + (s.descending() ? " desc" : " asc");
        TypedQuery<InformationSharingAgreement> page = em.createQuery(
                "select a from InformationSharingAgreement a" + where + " order by " + sort + ", a.id",
                InformationSharingAgreement.class);
        parameters.forEach(page::setParameter);
        List<InformationSharingAgreement> items =
                page.setFirstResult(s.first()).setMaxResults(s.size()).getResultList();
        return new PageOf<>(items, count.getSingleResult());
    }

    private static String where(AgreementSearch s, LocalDate dueBy, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (s.q() != null && !s.q().isBlank()) {
            where.append(" and (lower(a.title) like :q" + LikePattern.ESCAPE_CLAUSE + " or a.referenceKey like :qUpper"
                    + LikePattern.ESCAPE_CLAUSE + ")");
            String text = s.q().strip();
            parameters.put("q", LikePattern.contains(text.toLowerCase(java.util.Locale.ROOT)));
            parameters.put("qUpper", LikePattern.contains(text.toUpperCase(java.util.Locale.ROOT)));
        }
        if (s.status() == AgreementStatus.REVIEW_DUE) {
            where.append(" and a.status = :status and a.reviewDate <= :dueBy");
            parameters.put("status", AgreementStatus.ACTIVE);
            parameters.put("dueBy", dueBy);
        } else if (s.status() == AgreementStatus.ACTIVE) {
            where.append(" and a.status = :status and (a.reviewDate is null or a.reviewDate > :dueBy)");
            parameters.put("status", AgreementStatus.ACTIVE);
            parameters.put("dueBy", dueBy);
        } else if (s.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", s.status());
        }
        if (s.organisationId() != null) {
            where.append(
                    " and exists (select p from Party p where p.agreement = a and p.organisation.id = :organisation)");
            parameters.put("organisation", s.organisationId());
        }
        if (s.sector() != null) {
            where.append(
                    " and exists (select p2 from Party p2 where p2.agreement = a and p2.organisation.sector = :sector)");
            parameters.put("sector", s.sector());
        }
        return where.toString();
    }

    @Override
    public void add(InformationSharingAgreement agreement) {
        em.persist(agreement);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public int lastDocumentNumber(long agreementId) {
        Integer last = em.createNamedQuery("AgreementDocument.lastNumber", Integer.class)
                .setParameter("agreement", agreementId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public void addDocument(AgreementDocument document) {
        em.persist(document);
    }

    @Override
    public List<DocumentInfo> documentsOf(long agreementId) {
        return em.createNamedQuery("AgreementDocument.infoByAgreement", DocumentInfo.class)
                .setParameter("agreement", agreementId)
                .getResultList();
    }

    @Override
    public Optional<AgreementDocument> document(long agreementId, int number) {
        return em.createNamedQuery("AgreementDocument.find", AgreementDocument.class)
                .setParameter("agreement", agreementId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countActiveWithReviewBetween(LocalDate from, LocalDate to) {
        StringBuilder jpql =
                new StringBuilder("select count(a) from InformationSharingAgreement a where a.status = :active"
                        + " and a.reviewDate is not null");
        if (from != null) {
            jpql.append(" and a.reviewDate >= :from");
        }
        if (to != null) {
            jpql.append(" and a.reviewDate <= :to");
        }
        TypedQuery<Long> query =
                em.createQuery(jpql.toString(), Long.class).setParameter("active", AgreementStatus.ACTIVE);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getSingleResult();
    }

    @Override
    public long countActive() {
        return em.createQuery("select count(a) from InformationSharingAgreement a where a.status = :active", Long.class)
                .setParameter("active", AgreementStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public long countOrganisationsWithoutActiveAgreement() {
        return em.createQuery("select count(o)" + WITHOUT_AGREEMENT, Long.class).getSingleResult();
    }

    @Override
    public List<AgreementFigures.OrganisationWithout> organisationsWithoutActiveAgreement(int max) {
        return em.createQuery("select o" + WITHOUT_AGREEMENT + " order by o.nameKey, o.id", Organisation.class)
                .setMaxResults(max)
                .getResultStream()
                .map(o -> new AgreementFigures.OrganisationWithout(o.getId(), o.getName(), o.getTypeCode()))
                .toList();
    }

    @Override
    public Set<String> expectedTypes() {
        return em.createQuery("select e.typeCode from ExpectedAgreementType e", String.class)
                .getResultStream()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void replaceExpectedTypes(Set<String> typeCodes) {
        em.createQuery("delete from ExpectedAgreementType e").executeUpdate();
        typeCodes.forEach(code -> em.persist(new ExpectedAgreementType(code)));
    }
}
