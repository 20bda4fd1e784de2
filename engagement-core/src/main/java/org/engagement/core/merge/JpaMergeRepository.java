package org.engagement.core.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.contact.Affiliation;
import org.engagement.core.contact.Person;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.privacy.Objection;
import org.engagement.core.privacy.PrivacyRequest;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.sharing.Party;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingSession;

@ApplicationScoped
public class JpaMergeRepository implements MergeRepository {

    /**
     * Same normalised name in the same postcode district (the outward code, before the space), or the same email or
     * phone. Written in JPQL so each database gets its own spelling of LOCATE and SUBSTRING.
     */
    private static final String PAIRS = " FROM Organisation a, Organisation b WHERE a.id < b.id AND ("
            + "(a.nameKey = b.nameKey AND SUBSTRING(a.postcode, 1, LOCATE(' ', a.postcode))"
            + " = SUBSTRING(b.postcode, 1, LOCATE(' ', b.postcode)))"
            + " OR LOWER(a.email) = LOWER(b.email) OR a.phone = b.phone)";

    /**
     * Same name (lower case, trimmed) with a role at the same organisation, or the same email or phone; neither erased
     * nor restricted (a restricted person is shown to nobody here, an erased one has nothing left to compare).
     */
    private static final String PERSON_PAIRS = " FROM Person a, Person b WHERE a.id < b.id"
            + " AND a.erasedAt IS NULL AND b.erasedAt IS NULL AND a.restrictedAt IS NULL AND b.restrictedAt IS NULL"
            + " AND ((LOWER(TRIM(a.name)) = LOWER(TRIM(b.name)) AND EXISTS (SELECT x.id FROM Affiliation x,"
            + " Affiliation y WHERE x.person = a AND y.person = b AND x.organisation = y.organisation))"
            + " OR LOWER(a.email) = LOWER(b.email) OR a.phone = b.phone)";

    /**
     * What a person merge does, table by table, in order, as SQL on the core's own tables ({@code ?1} the person
     * removed, {@code ?2} the survivor): where both are named on one row's key, the removed person's row goes first,
     * so one row is kept; then every row naming the removed person names the survivor.
     */
    private static final List<String[]> PERSON_REPOINTS = List.of(
            new String[] {
                "duplicate roles folded together",
                // The same role at the same organisation: the survivor's stays unless it has ended and the other not.
                "DELETE FROM affiliation r WHERE r.person_id = ?1 AND EXISTS (SELECT 1 FROM affiliation s"
                        + " WHERE s.person_id = ?2 AND s.organisation_id = r.organisation_id"
                        + " AND LOWER(s.role_text) = LOWER(r.role_text) AND (s.ended_on IS NULL OR r.ended_on IS NOT NULL))"
            },
            new String[] {
                "ended roles replaced by the same current role",
                "DELETE FROM affiliation s WHERE s.person_id = ?2 AND s.ended_on IS NOT NULL AND EXISTS (SELECT 1"
                        + " FROM affiliation r WHERE r.person_id = ?1 AND r.organisation_id = s.organisation_id"
                        + " AND LOWER(r.role_text) = LOWER(s.role_text) AND r.ended_on IS NULL)"
            },
            new String[] {"people's roles", "UPDATE affiliation SET person_id = ?2 WHERE person_id = ?1"},
            new String[] {
                "engagements both attended",
                "DELETE FROM engagement_person WHERE person_id = ?1 AND engagement_id IN"
                        + " (SELECT engagement_id FROM engagement_person WHERE person_id = ?2)"
            },
            new String[] {"engagements", "UPDATE engagement_person SET person_id = ?2 WHERE person_id = ?1"},
            new String[] {
                "training invitations both had",
                "DELETE FROM training_session_invitee WHERE person_id = ?1 AND session_id IN"
                        + " (SELECT session_id FROM training_session_invitee WHERE person_id = ?2)"
            },
            new String[] {
                "training invitations", "UPDATE training_session_invitee SET person_id = ?2 WHERE person_id = ?1"
            },
            new String[] {
                "attendances of a session both were recorded at",
                "DELETE FROM training_record WHERE person_id = ?1 AND session_id IN"
                        + " (SELECT session_id FROM training_record WHERE person_id = ?2 AND session_id IS NOT NULL)"
            },
            new String[] {"training records", "UPDATE training_record SET person_id = ?2 WHERE person_id = ?1"},
            new String[] {
                "designated safeguarding lead roles",
                "UPDATE safeguarding_profile SET lead_person_id = ?2 WHERE lead_person_id = ?1"
            },
            new String[] {
                "deputy safeguarding lead roles",
                "UPDATE safeguarding_profile SET deputy_person_id = ?2 WHERE deputy_person_id = ?1"
            },
            new String[] {
                // One person cannot be their own deputy: the lead role says it all.
                "deputy roles that became the lead's own",
                "UPDATE safeguarding_profile SET deputy_person_id = NULL WHERE deputy_person_id = ?2"
                        + " AND lead_person_id = ?2"
            },
            new String[] {
                "trustee safeguarding lead roles",
                "UPDATE safeguarding_profile SET trustee_lead_person_id = ?2 WHERE trustee_lead_person_id = ?1"
            },
            new String[] {
                "signatures on sharing agreements",
                "UPDATE agreement_party SET signatory_id = ?2 WHERE signatory_id = ?1"
            },
            new String[] {"requests about their data", "UPDATE privacy_request SET person_id = ?2 WHERE person_id = ?1"
            },
            new String[] {"objections to processing", "UPDATE privacy_objection SET person_id = ?2 WHERE person_id = ?1"
            });

    /** The entities whose tables the SQL above changes behind the persistence unit's back. */
    private static final List<Class<?>> CACHED_PERSON_RECORDS = List.of(
            Affiliation.class,
            Engagement.class,
            TrainingSession.class,
            TrainingRecord.class,
            SafeguardingProfile.class,
            Party.class,
            PrivacyRequest.class,
            Objection.class);

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaMergeRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaMergeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PossibleDuplicate> possibleDuplicates(String search, int first, int size) {
        return searched(
                        em.createQuery(
                                "SELECT a.id, a.name, a.postcode, b.id, b.name, b.postcode, a.nameKey, b.nameKey,"
                                        + " a.email, b.email, a.phone, b.phone" + PAIRS + matching(search, "postcode")
                                        + " ORDER BY a.nameKey, a.id, b.id",
                                Object[].class),
                        search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(r -> new PossibleDuplicate(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (String) r[4],
                        (String) r[5],
                        reason(r, 8, "Same name in the same postcode district")))
                .toList();
    }

    /**
     * Why a pair is listed, from its emails and phones (the pair's columns from {@code emailAt}: email of each, then
     * phone of each); a pair with neither in common was found by {@code otherwise}.
     */
    private static String reason(Object[] r, int emailAt, String otherwise) {
        if (r[emailAt] != null && ((String) r[emailAt]).equalsIgnoreCase((String) r[emailAt + 1])) {
            return "Same email";
        }
        if (r[emailAt + 2] != null && r[emailAt + 2].equals(r[emailAt + 3])) {
            return "Same phone";
        }
        return otherwise;
    }

    @Override
    public long countPossibleDuplicates(String search) {
        return searched(em.createQuery("SELECT COUNT(a)" + PAIRS + matching(search, "postcode"), Long.class), search)
                .getSingleResult();
    }

    /** Either record's name or its {@code other} field (an organisation's postcode, a person's email) contains the text, whatever its case. */
    private static String matching(String search, String other) {
        return blank(search)
                ? ""
                : " AND (LOWER(a.name) LIKE :text OR LOWER(b.name) LIKE :text OR LOWER(a." + other + ") LIKE :text"
                        + " OR LOWER(b." + other + ") LIKE :text)";
    }

    private static <Q extends jakarta.persistence.Query> Q searched(Q query, String search) {
        if (!blank(search)) {
            query.setParameter("text", "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return query;
    }

    private static boolean blank(String search) {
        return search == null || search.isBlank();
    }

    @Override
    public Map<String, Integer> repoint(long fromId, long toId) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(
                "people's roles",
                update("UPDATE Affiliation x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "engagements",
                update("UPDATE Engagement x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "audits", update("UPDATE Audit x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "agreement parties",
                update("UPDATE Party x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put("branches", update("UPDATE Organisation x SET x.parent = :to WHERE x.parent = :from", fromId, toId));
        moved.put(
                "reminders",
                em.createQuery("UPDATE Notification x SET x.organisationId = :to WHERE x.organisationId = :from")
                        .setParameter("from", fromId)
                        .setParameter("to", toId)
                        .executeUpdate());
        moved.put("safeguarding profile", moveProfile(fromId, toId));
        moved.put("training sessions", moveSessionHosts(fromId, toId));
        return moved;
    }

    private int update(String jpql, long fromId, long toId) {
        return em.createQuery(jpql)
                .setParameter("from", em.getReference(Organisation.class, fromId))
                .setParameter("to", em.getReference(Organisation.class, toId))
                .executeUpdate();
    }

    /** One profile per organisation: the survivor's stays; the other moves only when the survivor has none. */
    private int moveProfile(long fromId, long toId) {
        long survivorHas = em.createQuery(
                        "SELECT COUNT(p) FROM SafeguardingProfile p WHERE p.organisation.id = :to", Long.class)
                .setParameter("to", toId)
                .getSingleResult();
        if (survivorHas > 0) {
            em.createQuery("DELETE FROM SafeguardingProfile p WHERE p.organisation = :from")
                    .setParameter("from", em.getReference(Organisation.class, fromId))
                    .executeUpdate();
            return 0;
        }
        return update(
                "UPDATE SafeguardingProfile x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId);
    }

    /** A session both hosted keeps one row; the cached sessions are dropped, since JPQL cannot reach a join table. */
    private int moveSessionHosts(long fromId, long toId) {
        em.createNativeQuery("DELETE FROM training_session_organisation WHERE organisation_id = ?1 AND session_id IN"
                        + " (SELECT session_id FROM training_session_organisation WHERE organisation_id = ?2)")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .executeUpdate();
        int moved = em.createNativeQuery(
                        "UPDATE training_session_organisation SET organisation_id = ?1 WHERE organisation_id = ?2")
                .setParameter(1, toId)
                .setParameter(2, fromId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(TrainingSession.class);
        return moved;
    }

    @Override
    public List<String> agreementsNamingBoth(long firstId, long secondId) {
        return em.createQuery(
                        "SELECT DISTINCT a.agreement.title FROM Party a, Party b WHERE a.agreement = b.agreement"
                                + " AND a.organisation.id = :first AND b.organisation.id = :second",
                        String.class)
                .setParameter("first", firstId)
                .setParameter("second", secondId)
                .getResultList();
    }

    @Override
    public void redirect(long removedId, long survivorId, String by) {
        em.createNativeQuery("UPDATE organisation_merged SET into_id = ?1 WHERE into_id = ?2")
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO organisation_merged (old_id, into_id, merged_at, merged_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, removedId)
                .setParameter(2, survivorId)
                .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .setParameter(4, by)
                .executeUpdate();
    }

    @Override
    public Optional<Long> mergedInto(long removedId) {
        List<?> found = em.createNativeQuery("SELECT into_id FROM organisation_merged WHERE old_id = ?1")
                .setParameter(1, removedId)
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public List<PossibleDuplicatePerson> possibleDuplicatePeople(String search, int first, int size) {
        return searched(
                        em.createQuery(
                                "SELECT a.id, a.name, b.id, b.name, a.email, b.email, a.phone, b.phone" + PERSON_PAIRS
                                        + matching(search, "email") + " ORDER BY a.name, a.id, b.id",
                                Object[].class),
                        search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(r -> new PossibleDuplicatePerson(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (String) r[3],
                        reason(r, 4, "Same name at the same organisation")))
                .toList();
    }

    @Override
    public long countPossibleDuplicatePeople(String search) {
        return searched(
                        em.createQuery("SELECT COUNT(a)" + PERSON_PAIRS + matching(search, "email"), Long.class),
                        search)
                .getSingleResult();
    }

    @Override
    public Optional<Person> findPerson(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    @Override
    public Map<String, Integer> repointPerson(long fromId, long toId) {
        em.flush();
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String[] step : PERSON_REPOINTS) {
            moved.merge(
                    step[0],
                    em.createNativeQuery(step[1])
                            .setParameter(1, fromId)
                            .setParameter(2, toId)
                            .executeUpdate(),
                    Integer::sum);
        }
        CACHED_PERSON_RECORDS.forEach(
                type -> em.getEntityManagerFactory().getCache().evict(type));
        // What this unit read before the SQL above (a role naming the one removed, say) is stale now.
        em.clear();
        return moved;
    }

    @Override
    public Set<String> personColumnsRepointed() {
        Set<String> columns = new TreeSet<>();
        for (String[] step : PERSON_REPOINTS) {
            Matcher update = UPDATE_COLUMN.matcher(step[1]);
            if (update.find()) {
                columns.add(update.group(1).toLowerCase(Locale.ROOT) + "."
                        + update.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** {@code UPDATE table SET column = ?2 WHERE column = ?1}: a step that moves a column from one person to the other. */
    private static final Pattern UPDATE_COLUMN = Pattern.compile("^UPDATE (\\w+) SET (\\w+) = \\?2 WHERE \\2 = \\?1$");

    @Override
    public void redirectPerson(long removedId, long survivorId, String by) {
        em.createNativeQuery("UPDATE person_merged SET into_id = ?1 WHERE into_id = ?2")
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO person_merged (old_id, into_id, merged_at, merged_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, removedId)
                .setParameter(2, survivorId)
                .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .setParameter(4, by)
                .executeUpdate();
    }
}
