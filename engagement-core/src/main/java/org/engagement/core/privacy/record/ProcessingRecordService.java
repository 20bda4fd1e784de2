package org.engagement.core.privacy.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.organisation.Sector;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.privacy.retention.RetentionService.ScheduleRow;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.Party;

/**
 * Produces the record of processing (Article 30) from the records: who is held (by the sector of their roles), what
 * about them (the person's fields and every kind of record in the retention schedule, the modules' included), why
 * (the partnership's purposes and each agreement's), on which lawful bases (counted), with whom it is shared
 * (agreements in force and their parties), and for how long (the schedule). For the data protection officer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcessingRecordService {

    /** What the partnership processes personal data for, whatever the agreements add. */
    static final List<ProcessingRecord.Entry> CORE_PURPOSES = List.of(
            new ProcessingRecord.Entry(
                    "Safeguarding engagement",
                    "Working with organisations (places of worship, businesses, community groups) on their"
                            + " safeguarding: who to contact, visits, calls and meetings, and what was agreed.",
                    null),
            new ProcessingRecord.Entry(
                    "Safeguarding training",
                    "Recording who was trained, when and to what level, so organisations' coverage and the"
                            + " quarterly figures can be reported.",
                    null),
            new ProcessingRecord.Entry(
                    "Safeguarding audits and profiles",
                    "Assessing organisations' safeguarding against standards, and who holds safeguarding roles.",
                    null),
            new ProcessingRecord.Entry(
                    "Information sharing",
                    "Keeping the information-sharing agreements the partnership works under, and who signed them.",
                    null),
            new ProcessingRecord.Entry(
                    "Data protection",
                    "Answering people's requests (access, erasure, restriction) and applying the retention schedule.",
                    null));

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private RetentionService retention;

    @Inject
    private Actor actor;

    protected ProcessingRecordService() {}

    public ProcessingRecordService(EntityManager em, RetentionService retention, Actor actor) {
        this.em = em;
        this.retention = retention;
        this.actor = actor;
    }

    public ProcessingRecord produce() {
        if (!RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS)) {
            throw new AccessDeniedException("Only a data protection officer can see the record of processing.");
        }
        List<ScheduleRow> schedule = retention.schedule();
        List<InformationSharingAgreement> inForce = em.createQuery(
                        "select a from InformationSharingAgreement a where a.status = :active order by a.title, a.id",
                        InformationSharingAgreement.class)
                .setParameter("active", AgreementStatus.ACTIVE)
                .getResultList();
        List<ProcessingRecord.Entry> purposes = new ArrayList<>(CORE_PURPOSES);
        inForce.forEach(a -> purposes.add(new ProcessingRecord.Entry(
                "Under " + a.getTitle() + " (" + a.getReference() + ")", a.getPurpose(), null)));
        return new ProcessingRecord(
                Dates.now(),
                actor.username(),
                peopleCategories(),
                dataCategories(schedule),
                purposes,
                lawfulBases(),
                inForce.stream().map(ProcessingRecordService::agreement).toList(),
                schedule.stream().map(ProcessingRecordService::retention).toList());
    }

    private List<ProcessingRecord.Entry> peopleCategories() {
        List<ProcessingRecord.Entry> entries = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select a.organisation.sector, count(distinct a.person.id) from Affiliation a"
                                + " where a.endedOn is null and a.person.erasedAt is null"
                                + " group by a.organisation.sector order by a.organisation.sector",
                        Object[].class)
                .getResultList()) {
            Sector sector = (Sector) row[0];
            entries.add(new ProcessingRecord.Entry(
                    "People with a current role in the " + sector.label().toLowerCase(Locale.UK) + " sector",
                    "Contacts, trustees, leads, volunteers, staff and trainees recorded at those organisations.",
                    (Long) row[1]));
        }
        entries.add(new ProcessingRecord.Entry(
                "People with no current role",
                "Kept until the retention schedule anonymises them (sector modules' registers, e.g. licensed"
                        + " drivers, are among them).",
                count("select count(p) from Person p where p.erasedAt is null and not exists"
                        + " (select a from Affiliation a where a.person = p and a.endedOn is null)")));
        entries.add(new ProcessingRecord.Entry(
                "Erased people",
                "Kept only as a record number, so what they took part in still counts; no personal data.",
                count("select count(p) from Person p where p.erasedAt is not null")));
        return entries;
    }

    private List<ProcessingRecord.Entry> dataCategories(List<ScheduleRow> schedule) {
        List<ProcessingRecord.Entry> entries = new ArrayList<>();
        entries.add(new ProcessingRecord.Entry(
                "Identity and contact details",
                "Name, phone, email, preferred language, gender (optional), lawful basis and consent notes.",
                count("select count(p) from Person p where p.erasedAt is null")));
        entries.add(new ProcessingRecord.Entry(
                "Religious belief (special category), inferred from a role at a faith organisation",
                "Recorded with an Article 9 condition and, where needed, a DPA 2018 Schedule 1 condition.",
                count("select count(distinct a.person.id) from Affiliation a where a.endedOn is null"
                        + " and a.person.erasedAt is null and a.organisation.sector = "
                        + Sector.class.getName() + ".FAITH")));
        entries.add(new ProcessingRecord.Entry(
                "Health or ethnic origin (special category)",
                "Where officers recorded it; always with an Article 9 condition.",
                count("select count(p) from Person p where p.erasedAt is null and p.healthOrEthnicity = true")));
        for (ScheduleRow row : schedule) {
            entries.add(new ProcessingRecord.Entry(
                    row.kind().label(),
                    "Counted for retention from " + row.kind().countsFrom() + ".",
                    null));
        }
        return entries;
    }

    private List<ProcessingRecord.Entry> lawfulBases() {
        List<ProcessingRecord.Entry> entries = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select p.lawfulBasis, count(p) from Person p where p.erasedAt is null"
                                + " group by p.lawfulBasis order by p.lawfulBasis",
                        Object[].class)
                .getResultList()) {
            entries.add(new ProcessingRecord.Entry(
                    "Article 6: " + ((LawfulBasis) row[0]).label(), "People held on this basis", (Long) row[1]));
        }
        for (Object[] row : em.createQuery(
                        "select p.article9Condition, count(p) from Person p where p.erasedAt is null"
                                + " and p.article9Condition is not null group by p.article9Condition"
                                + " order by p.article9Condition",
                        Object[].class)
                .getResultList()) {
            entries.add(new ProcessingRecord.Entry(
                    "Article 9: " + ((Article9Condition) row[0]).label(),
                    "People whose special category data is held on this condition",
                    (Long) row[1]));
        }
        entries.add(new ProcessingRecord.Entry(
                "Consent withdrawn",
                "People who withdrew consent: restricted until erased or another basis is recorded",
                count("select count(p) from Person p where p.consentWithdrawnAt is not null and p.erasedAt is null")));
        return entries;
    }

    private static ProcessingRecord.SharingAgreement agreement(InformationSharingAgreement a) {
        return new ProcessingRecord.SharingAgreement(
                a.getTitle(),
                a.getReference(),
                a.getPurpose(),
                a.getLawfulBasis() == null ? "" : a.getLawfulBasis().label(),
                a.getSpecialCategoryCondition() == null
                        ? "None"
                        : a.getSpecialCategoryCondition().label(),
                a.getDataCategories() == null ? "" : a.getDataCategories(),
                a.getParties().stream()
                        .map(Party::getOrganisation)
                        .map(o -> o.getName())
                        .collect(Collectors.joining(", ")),
                a.getRetentionPeriod() == null ? "" : a.getRetentionPeriod(),
                a.getEndDate() == null ? "No end date" : Dates.describe(a.getEndDate()));
    }

    private static ProcessingRecord.Entry retention(ScheduleRow row) {
        return new ProcessingRecord.Entry(
                row.kind().label(),
                "Kept " + row.periodMonths() + " months from " + row.kind().countsFrom() + ", then "
                        + row.action().label().toLowerCase(Locale.UK) + "d",
                (long) row.periodMonths());
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
