package org.engagement.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The register on a real (in-memory) Derby: who may do what, documents, figures. */
class AgreementServiceTest {

    private static final byte[] PDF = "%PDF-1.7\nsigned\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final TestDatabase db = new TestDatabase();
    private final OrganisationTypes types = new OrganisationTypes(new SectorModules(List.of()));

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private record Services(OrganisationService organisations, ContactService contacts, AgreementService agreements) {}

    private <T> T as(String username, Role role, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(services(em, new FixedActor(username, Set.of(role)))));
    }

    private Services services(EntityManager em, FixedActor actor) {
        ChangeLog log = new ChangeLog(em, actor);
        OrganisationService organisations =
                new OrganisationService(new JpaOrganisationRepository(em), types, log, actor);
        ContactService contacts = new ContactService(
                new JpaContactRepository(em), organisations, log, new SectorModules(List.of()), actor);
        return new Services(
                organisations,
                contacts,
                new AgreementService(
                        new JpaAgreementRepository(em),
                        organisations,
                        contacts,
                        AgreementLimits.of(1, 60),
                        log,
                        actor));
    }

    private long[] centreAndPolice() {
        return as("admin", Role.ADMIN, s -> {
            long centre = s.organisations()
                    .create(organisation("Frenchgate Centre", "BUSINESS", "DN1 1LF"), false)
                    .getId();
            long police = s.organisations()
                    .create(organisation("South Yorkshire Police", "PARTNER_AGENCY", "S9 3TY"), false)
                    .getId();
            long manager = s.contacts()
                    .addContact(centre, person("Maya Manager"), "manager")
                    .personId();
            long inspector = s.contacts()
                    .addContact(police, person("Ian Inspector"), "inspector")
                    .personId();
            return new long[] {centre, police, manager, inspector};
        });
    }

    private static PersonDetails person(String name) {
        return new PersonDetails(name, null, null, null, null, LawfulBasis.PUBLIC_TASK, null);
    }

    private static AgreementDetails details(String reference, List<PartyDetails> parties) {
        return new AgreementDetails(
                "Centre intelligence sharing",
                reference,
                "Report concerns",
                "ivan",
                LawfulBasis.PUBLIC_TASK,
                false,
                null,
                "Descriptions",
                Set.of(SharingMethod.SECURE_EMAIL),
                "2 years",
                false,
                null,
                null,
                null,
                Dates.today().plusDays(30),
                null,
                parties);
    }

    private InformationSharingAgreement signedAgreement(long[] ids, String role) {
        return as(
                "ivan",
                Role.valueOf(role),
                s -> s.agreements()
                        .create(details(
                                "ISA-1",
                                List.of(
                                        new PartyDetails(ids[0], ids[2], Dates.today()),
                                        new PartyDetails(ids[1], ids[3], Dates.today())))));
    }

    @Test
    void industryLeadTakesAnAgreementToActiveAndItCountsAsDueForReview() {
        long[] ids = centreAndPolice();
        InformationSharingAgreement draft = signedAgreement(ids, "INDUSTRY_LEAD");
        InformationSharingAgreement review = as(
                "ivan",
                Role.INDUSTRY_LEAD,
                s -> s.agreements().moveTo(draft.getId(), draft.getVersion(), AgreementStatus.IN_REVIEW));
        as(
                "ivan",
                Role.INDUSTRY_LEAD,
                s -> s.agreements().moveTo(review.getId(), review.getVersion(), AgreementStatus.ACTIVE));

        AgreementFigures figures = as("vera", Role.VIEWER, s -> s.agreements().figures());
        assertThat(figures.active()).isEqualTo(1);
        assertThat(figures.dueForReview()).isEqualTo(1);
        assertThat(figures.overdue()).isZero();
        long dueAtCentre = as(
                "vera",
                Role.VIEWER,
                s -> s.agreements()
                        .search(new AgreementSearch(null, AgreementStatus.REVIEW_DUE, ids[0], null, 0, 10, null, false))
                        .total());
        assertThat(dueAtCentre).isEqualTo(1);
        List<?> history = as("vera", Role.VIEWER, s -> s.agreements().history(draft.getId()));
        assertThat(history).hasSize(3);
    }

    @Test
    void faithLeadCannotManageAnAgreementWithABusiness() {
        long[] ids = centreAndPolice();
        assertThatThrownBy(() -> signedAgreement(ids, "FAITH_LEAD"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("industry");
        InformationSharingAgreement agreement = signedAgreement(ids, "INDUSTRY_LEAD");
        assertThatThrownBy(() ->
                        as("fiona", Role.FAITH_LEAD, s -> s.agreements().addDocument(agreement.getId(), "a.pdf", PDF)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void licensingOfficerSeesNothingAndViewerNoDocuments() {
        long[] ids = centreAndPolice();
        InformationSharingAgreement agreement = signedAgreement(ids, "ADMIN");
        as("ivan", Role.INDUSTRY_LEAD, s -> s.agreements().addDocument(agreement.getId(), "signed.pdf", PDF));

        assertThatThrownBy(() ->
                        as("lou", Role.LICENSING_OFFICER, s -> s.agreements().get(agreement.getId())))
                .isInstanceOf(AccessDeniedException.class);
        List<DocumentInfo> documents =
                as("vera", Role.VIEWER, s -> s.agreements().documents(agreement.getId()));
        assertThat(documents).hasSize(1);
        assertThatThrownBy(() -> as("vera", Role.VIEWER, s -> s.agreements().download(agreement.getId(), 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documentVersionsAreNumberedAndDownloadable() {
        long[] ids = centreAndPolice();
        InformationSharingAgreement agreement = signedAgreement(ids, "INDUSTRY_LEAD");
        as("ivan", Role.INDUSTRY_LEAD, s -> s.agreements().addDocument(agreement.getId(), "v1.pdf", PDF));
        DocumentInfo second =
                as("ivan", Role.INDUSTRY_LEAD, s -> s.agreements().addDocument(agreement.getId(), "v2.pdf", PDF));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.uploadedBy()).isEqualTo("ivan");
        AgreementService.DownloadedDocument first =
                as("admin", Role.ADMIN, s -> s.agreements().download(agreement.getId(), 1));
        assertThat(first.info().filename()).isEqualTo("v1.pdf");
        assertThat(first.content()).isEqualTo(PDF);
    }

    @Test
    void staleVersionAndDuplicateReferenceAreRefused() {
        long[] ids = centreAndPolice();
        InformationSharingAgreement agreement = signedAgreement(ids, "INDUSTRY_LEAD");
        as(
                "ivan",
                Role.INDUSTRY_LEAD,
                s -> s.agreements().moveTo(agreement.getId(), agreement.getVersion(), AgreementStatus.IN_REVIEW));
        assertThatThrownBy(() -> as(
                        "ivan",
                        Role.INDUSTRY_LEAD,
                        s -> s.agreements().moveTo(agreement.getId(), agreement.getVersion(), AgreementStatus.DRAFT)))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() ->
                        as("ivan", Role.INDUSTRY_LEAD, s -> s.agreements().create(details("isa-1", List.of()))))
                .hasMessageContaining("already uses this reference");
    }

    @Test
    void organisationsOfExpectedTypesWithoutAnActiveAgreementAreCounted() {
        long[] ids = centreAndPolice();
        assertThatThrownBy(() -> as("ivan", Role.INDUSTRY_LEAD, s -> {
                    s.agreements().changeExpectedTypes(Set.of("BUSINESS"));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as("admin", Role.ADMIN, s -> {
            s.agreements().changeExpectedTypes(Set.of("BUSINESS"));
            return null;
        });
        AgreementFigures figures = as("vera", Role.VIEWER, s -> s.agreements().figures());
        assertThat(figures.organisationsWithoutAgreement()).isEqualTo(1);
        assertThat(figures.withoutAgreement())
                .extracting(AgreementFigures.OrganisationWithout::id)
                .containsExactly(ids[0]);
    }
}
