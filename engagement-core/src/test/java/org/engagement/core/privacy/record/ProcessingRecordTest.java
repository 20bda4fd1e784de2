package org.engagement.core.privacy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.privacy.Anonymisation;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.privacy.retention.CoreRetention;
import org.engagement.core.privacy.retention.JpaRetentionRepository;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The record of processing is produced from the records: the people by the sector of their roles, the lawful bases
 * counted, an agreement in force with its parties, and the retention schedule's periods; only for the officer.
 */
class ProcessingRecordTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor ADMIN = FixedActor.admin();

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private ProcessingRecord produce(Actor actor) {
        return db.inTransaction(em -> new ProcessingRecordService(
                        em,
                        new RetentionService(
                                new JpaRetentionRepository(em),
                                new ChangeLog(em, actor),
                                actor,
                                List.of(new CoreRetention(
                                        new JpaRetentionRepository(em),
                                        new Anonymisation(
                                                new JpaPrivacyRepository(em), new ChangeLog(em, actor), List.of()))),
                                Clock.system(Dates.UK)),
                        actor)
                .produce());
    }

    private static PersonDetails person(String name, LawfulBasis basis) {
        return new PersonDetails(name, null, null, null, null, basis, null);
    }

    /** A centre and the police, with a person each, and an agreement between them taken to active. */
    private void recordsInUse() {
        db.inTransaction(em -> {
            ChangeLog log = new ChangeLog(em, ADMIN);
            OrganisationService organisations = new OrganisationService(
                    new JpaOrganisationRepository(em), new OrganisationTypes(new SectorModules(List.of())), log, ADMIN);
            ContactService contacts = new ContactService(
                    new JpaContactRepository(em), organisations, log, new SectorModules(List.of()), ADMIN);
            long centre = organisations
                    .create(organisation("Frenchgate Centre", "BUSINESS", "DN1 1LF"), false)
                    .getId();
            long police = organisations
                    .create(organisation("South Yorkshire Police", "PARTNER_AGENCY", "S9 3TY"), false)
                    .getId();
            long manager = contacts.addContact(centre, person("Maya Manager", LawfulBasis.PUBLIC_TASK), "manager")
                    .personId();
            long inspector = contacts.addContact(police, person("Ian Inspector", LawfulBasis.PUBLIC_TASK), "inspector")
                    .personId();
            contacts.addContact(centre, person("Cara Consent", LawfulBasis.CONSENT), "volunteer");
            AgreementService agreements = new AgreementService(
                    new JpaAgreementRepository(em), organisations, contacts, AgreementLimits.of(1, 60), log, ADMIN);
            InformationSharingAgreement draft = agreements.create(new AgreementDetails(
                    "Centre intelligence sharing",
                    "ISA-1",
                    "Report concerns about exploitation",
                    "ivan",
                    LawfulBasis.PUBLIC_TASK,
                    false,
                    null,
                    "Descriptions of concerns",
                    Set.of(SharingMethod.SECURE_EMAIL),
                    "2 years",
                    false,
                    null,
                    null,
                    null,
                    Dates.today().plusDays(30),
                    null,
                    List.of(
                            new PartyDetails(centre, manager, Dates.today()),
                            new PartyDetails(police, inspector, Dates.today()))));
            InformationSharingAgreement review =
                    agreements.moveTo(draft.getId(), draft.getVersion(), AgreementStatus.IN_REVIEW);
            agreements.moveTo(review.getId(), review.getVersion(), AgreementStatus.ACTIVE);
            return null;
        });
    }

    @Test
    void theRecordCountsPeopleAndBasesAndListsTheAgreementInForceAndTheRetentionPeriods() {
        recordsInUse();

        ProcessingRecord record = produce(DPO);

        assertThat(record.peopleCategories())
                .extracting(ProcessingRecord.Entry::what, ProcessingRecord.Entry::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("People with a current role in the industry sector", 2L),
                        org.assertj.core.groups.Tuple.tuple(
                                "People with a current role in the statutory partner sector", 1L));
        assertThat(record.lawfulBases())
                .extracting(ProcessingRecord.Entry::what, ProcessingRecord.Entry::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Article 6: Public task (6(1)(e))", 2L),
                        org.assertj.core.groups.Tuple.tuple("Article 6: Consent (6(1)(a))", 1L));
        assertThat(record.agreementsInForce()).singleElement().satisfies(a -> {
            assertThat(a.reference()).isEqualTo("ISA-1");
            assertThat(a.parties()).isEqualTo("Frenchgate Centre, South Yorkshire Police");
            assertThat(a.purpose()).isEqualTo("Report concerns about exploitation");
        });
        assertThat(record.purposes())
                .extracting(ProcessingRecord.Entry::what)
                .contains("Under Centre intelligence sharing (ISA-1)");
        assertThat(record.retention())
                .extracting(ProcessingRecord.Entry::what, ProcessingRecord.Entry::count)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "Security log entry (sign-ins, failures, account changes)", 12L));
        assertThat(record.dataCategories())
                .extracting(ProcessingRecord.Entry::what)
                .contains("Identity and contact details", "Engagement (visit, call or meeting)");
        assertThatThrownBy(() -> produce(ADMIN)).isInstanceOf(AccessDeniedException.class);
    }
}
