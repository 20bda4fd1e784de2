package org.engagement.core.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.accesslog.AccessLogEntry;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.audit.FieldChange;
import org.engagement.core.contact.Affiliation;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.MergedPersonIds;
import org.engagement.core.contact.Person;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingSession;

@ApplicationScoped
public class JpaPrivacyRepository implements PrivacyRepository {

    /** Every core column that names a person; {@code PersonalDataCompletenessTest} holds it to the schema. */
    static final Set<String> PERSON_COLUMNS = Set.of(
            "affiliation.person_id",
            "engagement_person.person_id",
            "training_record.person_id",
            "training_session_invitee.person_id",
            "safeguarding_profile.lead_person_id",
            "safeguarding_profile.deputy_person_id",
            "safeguarding_profile.trustee_lead_person_id",
            "agreement_party.signatory_id",
            "privacy_request.person_id",
            "privacy_objection.person_id",
            "access_log.person_id");

    /** What the person's own change history shows in place of each value once they are erased. */
    static final String ERASED_VALUE = "(erased)";

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaPrivacyRepository() {}

    public JpaPrivacyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> personColumns() {
        return PERSON_COLUMNS;
    }

    @Override
    public PageOf<PersonSummary> findPeople(String words, int first, int size) {
        String where = words == null || words.isBlank()
                ? ""
                : " where lower(p.name) like :words" + LikePattern.ESCAPE_CLAUSE + " or lower(p.email) like :words"
                        + LikePattern.ESCAPE_CLAUSE;
        TypedQuery<Person> page =
                em.createQuery("select p from Person p" + where + " order by p.name, p.id", Person.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = LikePattern.contains(words.strip().toLowerCase(Locale.ROOT));
            page.setParameter("words", pattern);
            count.setParameter("words", pattern);
        }
        List<Person> people = page.setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, String> organisations =
                organisationsOf(people.stream().map(Person::getId).toList());
        List<PersonSummary> rows = people.stream()
                .map(p -> new PersonSummary(
                        p.getId(),
                        p.getName(),
                        p.getEmail(),
                        p.getPhone(),
                        organisations.getOrDefault(p.getId(), ""),
                        p.isErased(),
                        p.isRestricted()))
                .toList();
        return new PageOf<>(rows, count.getSingleResult());
    }

    private Map<Long, String> organisationsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select a from Affiliation a where a.person.id in :ids order by a.organisation.name",
                        Affiliation.class)
                .setParameter("ids", List.copyOf(personIds))
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        a -> a.getPerson().getId(),
                        Collectors.mapping(
                                a -> a.getOrganisation().getName() + " (" + a.getRole() + ")",
                                Collectors.joining(", "))));
    }

    @Override
    public Optional<Person> findPerson(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    @Override
    public void add(PrivacyRequest request) {
        em.persist(request);
    }

    @Override
    public void add(Objection objection) {
        em.persist(objection);
    }

    @Override
    public String eraseFromCoreRecords(long personId, List<String> identifiers, String replacementName) {
        em.flush();
        HashChain chain = new HashChain(em);
        ChainCheck before = chain.check(HashChain.CHANGE_LOG);
        List<String> texts = new ArrayList<>(identifiers);
        // Certificate numbers identify the person too, and the training records' own history holds them.
        texts.addAll(em.createQuery(
                        "select t.certificateNumber from TrainingRecord t where t.person.id = :id"
                                + " and t.certificateNumber is not null",
                        String.class)
                .setParameter("id", personId)
                .getResultList());
        em.createNativeQuery("UPDATE training_record SET certificate_number = NULL WHERE person_id = ?")
                .setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM training_session_invitee WHERE person_id = ?")
                .setParameter(1, personId)
                .executeUpdate();
        // Their own history, under their id and any merged into it (a record merged away kept its entries).
        for (long id : MergedPersonIds.of(em, personId)) {
            for (String value : List.of("before_value", "after_value")) {
                em.createNativeQuery(
                                "UPDATE change_log_field SET " + value + " = ? WHERE " + value + " IS NOT NULL"
                                        + " AND entry_id IN (SELECT id FROM change_log WHERE record_type = ? AND record_id = ?)")
                        .setParameter(1, ERASED_VALUE)
                        .setParameter(2, ContactService.PERSON)
                        .setParameter(3, id)
                        .executeUpdate();
            }
        }
        TextRedaction.redact(em, texts, replacementName);
        long resealed = chain.reseal(HashChain.CHANGE_LOG);
        // What this unit read before the SQL above is stale now.
        em.clear();
        return "re-sealed after the erasure (" + resealed + " entries rewritten); before it: " + before.describe();
    }

    @Override
    public List<PersonalDataSection> coreSections(Person person) {
        long id = person.getId();
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(new PersonalDataSection("Details", List.of(details(person))));
        sections.add(section("Roles at organisations", affiliations(id), JpaPrivacyRepository::role));
        List<Engagement> engagements = engagements(id);
        sections.add(section("Engagements they were present at", engagements, JpaPrivacyRepository::engagement));
        sections.add(section(
                "Follow-ups of those engagements",
                engagements.stream().flatMap(e -> e.getFollowUps().stream()).toList(),
                JpaPrivacyRepository::followUp));
        sections.add(section("Training records and certificates", trainingRecords(id), JpaPrivacyRepository::training));
        sections.add(section("Training they were invited to", invitations(id), JpaPrivacyRepository::invitation));
        sections.add(section("Safeguarding roles", safeguardingRoles(id), row -> row));
        sections.add(section("Audits they took part in", auditFindings(person), JpaPrivacyRepository::auditFinding));
        sections.add(section("Information-sharing agreements they signed", signatures(id), row -> row));
        sections.add(section("Requests about their data", requests(id), JpaPrivacyRepository::request));
        sections.add(section("Objections to processing (Article 21)", objections(id), JpaPrivacyRepository::objection));
        sections.add(section("Change history about them", history(person), JpaPrivacyRepository::historyEntry));
        sections.add(section("Who viewed their record", views(id), JpaPrivacyRepository::view));
        return sections;
    }

    private static <T> PersonalDataSection section(
            String title, List<T> records, Function<T, Map<String, String>> describe) {
        return new PersonalDataSection(title, records.stream().map(describe).toList());
    }

    private static Map<String, String> details(Person person) {
        Map<String, String> row = fields();
        row.put("Record number", String.valueOf(person.getId()));
        person.snapshot().forEach((field, value) -> row.put(label(field), text(value)));
        row.put("Last changed", Dates.describe(person.getUpdatedAt()) + " by " + person.getUpdatedBy());
        return row;
    }

    private static String label(String field) {
        return switch (field) {
            case "name" -> "Name";
            case "phone" -> "Phone";
            case "email" -> "Email";
            case "preferredLanguage" -> "Preferred language";
            case "gender" -> "Gender";
            case "lawfulBasis" -> "Lawful basis";
            case "consentNotes" -> "Consent notes";
            case "healthOrEthnicity" -> "Record includes health or ethnic origin";
            case "article9Condition" -> "Article 9 condition";
            case "schedule1Condition" -> "DPA 2018 Schedule 1 condition";
            case "consentWithdrawn" -> "Consent withdrawn";
            default -> field;
        };
    }

    private List<Affiliation> affiliations(long personId) {
        return em.createQuery("select a from Affiliation a where a.person.id = :id order by a.id", Affiliation.class)
                .setParameter("id", personId)
                .getResultList();
    }

    private static Map<String, String> role(Affiliation a) {
        Map<String, String> row = fields();
        row.put("Organisation", a.getOrganisation().getName());
        row.put("Role", a.getRole());
        row.put("Ended", date(a.getEndedOn()));
        return row;
    }

    private List<Engagement> engagements(long personId) {
        return em.createQuery(
                        "select e from Engagement e join e.people p where p.id = :id order by e.date, e.id",
                        Engagement.class)
                .setParameter("id", personId)
                .getResultList();
    }

    private static Map<String, String> engagement(Engagement e) {
        Map<String, String> row = fields();
        row.put("Date", date(e.getDate()));
        row.put("Organisation", e.getOrganisation().getName());
        row.put("Type", e.getType().toString());
        row.put("Officer", e.getOfficer());
        row.put("Summary", e.getSummary());
        row.put("Outcome", text(e.getOutcome()));
        row.put("Present", e.getPeople().stream().map(Person::getName).collect(Collectors.joining(", ")));
        return row;
    }

    private static Map<String, String> followUp(FollowUp f) {
        Map<String, String> row = fields();
        row.put(
                "Engagement",
                date(f.getEngagement().getDate()) + ", "
                        + f.getEngagement().getOrganisation().getName());
        row.put("Action", f.getAction());
        row.put("Owner", f.getOwner());
        row.put("Due", date(f.getDue()));
        row.put("Done", f.isDone() ? "Yes" : "No");
        return row;
    }

    private List<TrainingRecord> trainingRecords(long personId) {
        return em.createQuery(
                        "select t from TrainingRecord t where t.person.id = :id order by t.completedOn, t.id",
                        TrainingRecord.class)
                .setParameter("id", personId)
                .getResultList();
    }

    private static Map<String, String> training(TrainingRecord t) {
        Map<String, String> row = fields();
        row.put("Course", t.getCourse().getCode() + ": " + t.getCourse().getTitle());
        row.put("Completed", date(t.getCompletedOn()));
        row.put("Certificate number", text(t.getCertificateNumber()));
        row.put("Valid until", date(t.getValidUntil()));
        row.put(
                "Session",
                t.getSession() == null
                        ? ""
                        : date(t.getSession().getHeldOn()) + ", "
                                + text(t.getSession().getVenue()));
        row.put("Source", t.getSource());
        return row;
    }

    private List<TrainingSession> invitations(long personId) {
        return em.createQuery(
                        "select s from TrainingSession s join s.invitees p where p.id = :id order by s.heldOn, s.id",
                        TrainingSession.class)
                .setParameter("id", personId)
                .getResultList();
    }

    private static Map<String, String> invitation(TrainingSession s) {
        Map<String, String> row = fields();
        row.put("Course", s.getCourse().getTitle());
        row.put("Date", date(s.getHeldOn()));
        row.put("Venue", text(s.getVenue()));
        row.put("Status", s.getStatus().toString());
        return row;
    }

    private List<Map<String, String>> safeguardingRoles(long personId) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (SafeguardingProfile profile : em.createQuery(
                        "select s from SafeguardingProfile s where s.lead.id = :id or s.deputy.id = :id"
                                + " or s.trusteeLead.id = :id order by s.id",
                        SafeguardingProfile.class)
                .setParameter("id", personId)
                .getResultList()) {
            List<String> roles = new ArrayList<>();
            if (is(profile.getLead(), personId)) {
                roles.add("Designated safeguarding lead");
            }
            if (is(profile.getDeputy(), personId)) {
                roles.add("Deputy safeguarding lead");
            }
            if (is(profile.getTrusteeLead(), personId)) {
                roles.add("Trustee lead for safeguarding");
            }
            Map<String, String> row = fields();
            row.put("Organisation", profile.getOrganisation().getName());
            row.put("Role", String.join(", ", roles));
            rows.add(row);
        }
        return rows;
    }

    private static boolean is(Person person, long personId) {
        return person != null && person.getId() == personId;
    }

    private List<Map<String, String>> signatures(long personId) {
        List<Object[]> parties = em.createQuery(
                        "select p.agreement.title, p.agreement.reference, p.organisation.name, p.signedOn"
                                + " from Party p where p.signatory.id = :id order by p.id",
                        Object[].class)
                .setParameter("id", personId)
                .getResultList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object[] party : parties) {
            Map<String, String> row = fields();
            row.put("Agreement", party[0] + " (" + party[1] + ")");
            row.put("Signed for", (String) party[2]);
            row.put("Signed", date((LocalDate) party[3]));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Audit findings whose evidence names them (an auditor spoke to them, or saw them at work): audits name people only
     * in what the auditor wrote, so the name is looked for there.
     */
    private List<Finding> auditFindings(Person person) {
        if (person.getName() == null || person.getName().isBlank()) {
            return List.of();
        }
        return em.createQuery(
                        "select f from Finding f where f.evidence like :name" + LikePattern.ESCAPE_CLAUSE
                                + " order by f.audit.date, f.id",
                        Finding.class)
                .setParameter("name", LikePattern.contains(person.getName()))
                .getResultList();
    }

    private static Map<String, String> auditFinding(Finding f) {
        Map<String, String> row = fields();
        row.put("Date", Dates.describe(f.getAudit().getDate()));
        row.put("Organisation", f.getAudit().getOrganisation().getName());
        row.put(
                "Audit",
                f.getAudit().getType() == null ? "" : f.getAudit().getType().label());
        row.put("Standard", f.getStandard().getCode() + ": " + f.getStandard().getTitle());
        row.put("Rating", f.getRating() == null ? "" : f.getRating().label());
        row.put("Evidence", text(f.getEvidence()));
        return row;
    }

    /**
     * The access log's entries about the person, newest first: who viewed or exported their record, under their id or
     * one merged into it (the log is chained, so a merge never rewrites it).
     */
    private List<AccessLogEntry> views(long personId) {
        return em.createQuery(
                        "select e from AccessLogEntry e where e.personId in :people order by e.at desc, e.id desc",
                        AccessLogEntry.class)
                .setParameter("people", MergedPersonIds.of(em, personId))
                .getResultList();
    }

    private static Map<String, String> view(AccessLogEntry e) {
        Map<String, String> row = fields();
        row.put("When", instant(e.getAt()));
        row.put("Who", e.getUsername());
        row.put("Roles", e.getRoles());
        row.put("What", e.getRecordKind() + (e.getDetail() == null ? "" : " (" + e.getDetail() + ")"));
        row.put("From", text(e.getClientAddress()));
        return row;
    }

    private List<Objection> objections(long personId) {
        return em.createNamedQuery("Objection.findByPerson", Objection.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    private static Map<String, String> objection(Objection o) {
        Map<String, String> row = fields();
        row.put("Decided", instant(o.getDecidedAt()));
        row.put("Processing objected to", o.getProcessingBasis().label());
        row.put("Grounds", o.getGrounds());
        row.put("Decision", o.getDecision().label());
        row.put("Reason for the decision", o.getDecisionReason());
        row.put("Decided by", o.getDecidedBy());
        return row;
    }

    private List<PrivacyRequest> requests(long personId) {
        return em.createNamedQuery("PrivacyRequest.findByPerson", PrivacyRequest.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    private static Map<String, String> request(PrivacyRequest r) {
        Map<String, String> row = fields();
        row.put("When", instant(r.getDoneAt()));
        row.put("What", r.getKind().label());
        row.put("By", r.getDoneBy());
        row.put("Detail", text(r.getDetail()));
        return row;
    }

    /**
     * Entries of the person's record (and of any record merged into it) and of their roles, and any other entry that names them in its summary or its
     * values (an engagement's attendees, a safeguarding profile's lead): oldest first.
     */
    private List<ChangeLogEntry> history(Person person) {
        Map<Long, ChangeLogEntry> entries = new LinkedHashMap<>();
        List<Long> roleIds =
                affiliations(person.getId()).stream().map(Affiliation::getId).toList();
        addAll(entries, byRecords(ContactService.PERSON, MergedPersonIds.of(em, person.getId())));
        addAll(entries, byRecords(ContactService.AFFILIATION, roleIds));
        String name = LikePattern.contains(person.getName());
        addAll(
                entries,
                em.createQuery(
                                "select e from ChangeLogEntry e where e.summary like :name" + LikePattern.ESCAPE_CLAUSE,
                                ChangeLogEntry.class)
                        .setParameter("name", name)
                        .getResultList());
        addAll(
                entries,
                em.createQuery(
                                "select distinct e from ChangeLogEntry e join e.changes c where c.before like :name"
                                        + LikePattern.ESCAPE_CLAUSE + " or c.after like :name"
                                        + LikePattern.ESCAPE_CLAUSE,
                                ChangeLogEntry.class)
                        .setParameter("name", name)
                        .getResultList());
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing(ChangeLogEntry::getAt).thenComparing(ChangeLogEntry::getId))
                .toList();
    }

    private List<ChangeLogEntry> byRecords(String type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ChangeLogEntry.findByRecords", ChangeLogEntry.class)
                .setParameter("type", type)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static void addAll(Map<Long, ChangeLogEntry> entries, List<ChangeLogEntry> found) {
        found.forEach(e -> entries.putIfAbsent(e.getId(), e));
    }

    private static Map<String, String> historyEntry(ChangeLogEntry e) {
        Map<String, String> row = fields();
        row.put("When", instant(e.getAt()));
        row.put("By", e.getChangedBy());
        row.put("Record", e.getRecordType() + " " + e.getRecordId());
        row.put("What", e.getAction() + ": " + text(e.getSummary()));
        row.put(
                "Changes",
                e.getChanges().stream().map(JpaPrivacyRepository::change).collect(Collectors.joining("; ")));
        return row;
    }

    private static String change(FieldChange c) {
        return c.getField() + ": " + (c.getBefore() == null ? "(none)" : c.getBefore()) + " to "
                + (c.getAfter() == null ? "(none)" : c.getAfter());
    }

    private static Map<String, String> fields() {
        return new LinkedHashMap<>();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : Dates.describe(date);
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : Dates.describe(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
