package org.engagement.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.contact.RestrictedPersonNames;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.shared.PageOf;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private TrainingLevelCondition trainingLevels;

    protected JpaOrganisationRepository() {}

    /** For use as a plain library, with an entity manager the caller manages; searches cannot filter by training. */
    public JpaOrganisationRepository(EntityManager em) {
        this.em = em;
    }

    /** For use as a plain library whose searches may filter by training level. */
    public JpaOrganisationRepository(EntityManager em, TrainingLevelCondition trainingLevels) {
        this.em = em;
        this.trainingLevels = trainingLevels;
    }

    @Override
    public Collection<String> restrictedNames() {
        return RestrictedPersonNames.byId(em).values();
    }

    @Override
    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByNameKeyAndPostcode(String nameKey, Postcode postcode) {
        return em.createNamedQuery("Organisation.findByNameKeyAndPostcode", Organisation.class)
                .setParameter("nameKey", nameKey)
                .setParameter("postcode", postcode.value())
                .getResultStream()
                .findFirst();
    }

    /** Names asked together: a few hundred to a statement keeps it within every database's parameter limit. */
    private static final int NAME_KEYS_ASKED_TOGETHER = 500;

    @Override
    public List<Organisation> findByNameKeys(Collection<String> nameKeys) {
        List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(nameKeys));
        List<Organisation> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += NAME_KEYS_ASKED_TOGETHER) {
            found.addAll(em.createNamedQuery("Organisation.findByNameKeys", Organisation.class)
                    .setParameter(
                            "nameKeys", keys.subList(from, Math.min(keys.size(), from + NAME_KEYS_ASKED_TOGETHER)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<Organisation> list(OrganisationSearch search, Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            return List.of();
        }
        if (search.searchesText()) {
            return byIds(matchingIds(search, sectors)
                    .setFirstResult(search.first())
                    .setMaxResults(search.size())
                    .getResultList());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organisation> page = cb.createQuery(Organisation.class);
        Root<Organisation> root = page.from(Organisation.class);
        page.select(root).where(filters(cb, page, root, search, sectors)).orderBy(order(cb, root, search));
        return em.createQuery(page)
                .setFirstResult(search.first())
                .setMaxResults(search.size())
                .getResultList();
    }

    /**
     * A text search matches substrings, which no index serves, so the database reads every row whichever way it is
     * asked. It is asked once: the ids of every match in order (narrow rows to sort), which give the total, and then
     * the page's rows by id. Counting and then sorting whole rows for the page read the table twice.
     */
    @Override
    public PageOf<Organisation> search(OrganisationSearch search, Set<Sector> sectors) {
        if (sectors.isEmpty() || !search.searchesText()) {
            return OrganisationRepository.super.search(search, sectors);
        }
        List<Long> all = matchingIds(search, sectors).getResultList();
        List<Long> page =
                all.subList(Math.min(search.first(), all.size()), Math.min(search.first() + search.size(), all.size()));
        return new PageOf<>(byIds(page), all.size());
    }

    private TypedQuery<Long> matchingIds(OrganisationSearch search, Set<Sector> sectors) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Organisation> root = ids.from(Organisation.class);
        ids.select(root.get("id"))
                .where(filters(cb, ids, root, search, sectors))
                .orderBy(order(cb, root, search));
        return em.createQuery(ids);
    }

    /** The organisations with these ids, in the order given. */
    private List<Organisation> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> byId = em.createQuery(
                        "SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Organisation::getId, o -> o));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public long count(OrganisationSearch search, Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Organisation> root = count.from(Organisation.class);
        count.select(cb.count(root)).where(filters(cb, count, root, search, sectors));
        return em.createQuery(count).getSingleResult();
    }

    private Predicate[] filters(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Organisation> o,
            OrganisationSearch s,
            Set<Sector> sectors) {
        List<Predicate> where = new ArrayList<>();
        // A reader of every sector needs no sector condition, and without one the database can read the first
        // page in name order straight from the index.
        if (!sectors.containsAll(EnumSet.allOf(Sector.class))) {
            where.add(o.get("sector").in(sectors));
        }
        if (present(s.q())) {
            String like = LikePattern.contains(Organisation.nameKey(s.q()));
            where.add(cb.or(
                    cb.like(o.get("nameKey"), like, LikePattern.ESCAPE),
                    cb.like(cb.lower(o.get("town")), like, LikePattern.ESCAPE),
                    cb.like(o.get("postcode"), prefix(s.q()), LikePattern.ESCAPE)));
        }
        if (present(s.name())) {
            where.add(cb.like(
                    o.get("nameKey"), LikePattern.contains(Organisation.nameKey(s.name())), LikePattern.ESCAPE));
        }
        if (present(s.type())) {
            where.add(cb.equal(o.get("typeCode"), s.type().strip()));
        }
        if (s.sector() != null) {
            where.add(cb.equal(o.get("sector"), s.sector()));
        }
        if (s.status() != null) {
            where.add(cb.equal(o.get("status"), s.status()));
        }
        if (present(s.postcodePrefix())) {
            where.add(cb.like(o.get("postcode"), prefix(s.postcodePrefix()), LikePattern.ESCAPE));
        }
        if (present(s.leadOfficer())) {
            where.add(cb.equal(o.get("leadOfficer"), s.leadOfficer().strip().toLowerCase(Locale.ROOT)));
        }
        if (present(s.trainingLevel())) {
            where.add(trainingLevelAtLeast(cb, query, o, s.trainingLevel()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A subquery over the training context's records, which it builds (see {@link TrainingLevelCondition} for why). */
    private Predicate trainingLevelAtLeast(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Organisation> o, String level) {
        if (trainingLevels == null) {
            throw new IllegalStateException("This repository was built without a training level condition.");
        }
        return trainingLevels.atLeast(level, cb, query, o);
    }

    /** Postcodes are stored upper case with one space, so the prefix is put into the same form. */
    private static String prefix(String text) {
        return LikePattern.startsWith(text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Organisation> o, OrganisationSearch s) {
        String attribute = switch (s.sortBy()) {
            case "name" -> "nameKey";
            case "type" -> "typeCode";
            default -> s.sortBy();
        };
        Expression<?> key = o.get(attribute);
        // The id breaks ties so that paging is stable.
        return s.descending() ? List.of(cb.desc(key), cb.desc(o.get("id"))) : List.of(cb.asc(key), cb.asc(o.get("id")));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public long countChildren(Organisation parent) {
        return em.createNamedQuery("Organisation.countChildren", Long.class)
                .setParameter("parent", parent)
                .getSingleResult();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    @Override
    public void remove(Organisation organisation) {
        em.remove(organisation);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void flushAndForget() {
        em.flush();
        em.clear();
    }
}
