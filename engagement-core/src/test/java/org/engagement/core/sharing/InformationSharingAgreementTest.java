package org.engagement.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.testing.Crm;
import org.junit.jupiter.api.Test;

/** The agreement's lifecycle, move by move, without a database. */
class InformationSharingAgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final int WINDOW = 60;

    private final Organisation centre = new Organisation(
            Crm.organisation("Frenchgate Centre", "BUSINESS", "DN1 1LF"),
            new OrganisationType("BUSINESS", "Business", Sector.INDUSTRY),
            null,
            "test");
    private final Organisation police = new Organisation(
            Crm.organisation("South Yorkshire Police", "PARTNER_AGENCY", "S9 3TY"),
            new OrganisationType("PARTNER_AGENCY", "Partner agency", Sector.STATUTORY),
            null,
            "test");
    private final Person manager = person("Maya Manager");
    private final Person inspector = person("Ian Inspector");

    private static Person person(String name) {
        return new Person(new PersonDetails(name, null, null, null, null, LawfulBasis.PUBLIC_TASK, null), "test");
    }

    private static AgreementDetails details(LawfulBasis basis, LocalDate reviewDate, LocalDate endDate) {
        return new AgreementDetails(
                "Shopping centre intelligence sharing",
                "ISA-2026-01",
                "Report concerns about children",
                "ivan",
                basis,
                false,
                null,
                "Names, descriptions, times",
                Set.of(SharingMethod.SECURE_EMAIL),
                "2 years",
                false,
                null,
                null,
                null,
                reviewDate,
                endDate,
                List.of());
    }

    private List<Party> signedParties() {
        return List.of(
                new Party(centre, manager, TODAY.minusDays(2)), new Party(police, inspector, TODAY.minusDays(1)));
    }

    private InformationSharingAgreement draft(List<Party> parties) {
        return new InformationSharingAgreement(
                details(LawfulBasis.PUBLIC_TASK, TODAY.plusYears(1), null), parties, TODAY, "ivan");
    }

    private InformationSharingAgreement inReview() {
        InformationSharingAgreement agreement = draft(signedParties());
        agreement.moveTo(AgreementStatus.IN_REVIEW, TODAY, "ivan");
        return agreement;
    }

    private InformationSharingAgreement active() {
        InformationSharingAgreement agreement = inReview();
        agreement.moveTo(AgreementStatus.ACTIVE, TODAY, "ivan");
        return agreement;
    }

    private static List<String> reasonsFor(InformationSharingAgreement agreement, AgreementStatus target) {
        try {
            agreement.moveTo(target, TODAY, "ivan");
        } catch (TransitionRefusedException refused) {
            assertThat(refused).isInstanceOf(ConflictException.class);
            return refused.reasons();
        }
        throw new AssertionError("Expected the move to " + target + " to be refused");
    }

    @Test
    void newAgreementIsADraft() {
        assertThat(draft(List.of()).statusOn(TODAY, WINDOW)).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void draftGoesToReviewAndBackToDraft() {
        InformationSharingAgreement agreement = inReview();
        assertThat(agreement.getStoredStatus()).isEqualTo(AgreementStatus.IN_REVIEW);
        agreement.moveTo(AgreementStatus.DRAFT, TODAY, "ivan");
        assertThat(agreement.getStoredStatus()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void draftCannotBecomeActiveWithoutReview() {
        assertThat(reasonsFor(draft(signedParties()), AgreementStatus.ACTIVE))
                .containsExactly(
                        "An agreement that is draft cannot become active; it can become in review or terminated.");
    }

    @Test
    void draftCanBeTerminatedAndThenNothingMoves() {
        InformationSharingAgreement agreement = draft(List.of());
        agreement.moveTo(AgreementStatus.TERMINATED, TODAY, "ivan");
        assertThat(agreement.getEndDate()).isEqualTo(TODAY);
        assertThat(reasonsFor(agreement, AgreementStatus.DRAFT))
                .containsExactly("An agreement that is terminated cannot change status.");
    }

    @Test
    void activationWithoutSignaturesListsEveryReason() {
        InformationSharingAgreement agreement = new InformationSharingAgreement(
                details(null, null, null), List.of(new Party(centre, null, null)), TODAY, "ivan");
        agreement.moveTo(AgreementStatus.IN_REVIEW, TODAY, "ivan");

        assertThat(reasonsFor(agreement, AgreementStatus.ACTIVE))
                .containsExactly(
                        "Add at least two parties (there is 1).",
                        "Record who signed for Frenchgate Centre and when.",
                        "Choose the lawful basis under UK GDPR Article 6.",
                        "Set a review date.");
        assertThat(agreement.getStoredStatus()).isEqualTo(AgreementStatus.IN_REVIEW);
    }

    @Test
    void activationNeedsEveryPartysSignature() {
        InformationSharingAgreement agreement =
                draft(List.of(new Party(centre, manager, TODAY), new Party(police, inspector, null)));
        agreement.moveTo(AgreementStatus.IN_REVIEW, TODAY, "ivan");
        assertThat(reasonsFor(agreement, AgreementStatus.ACTIVE))
                .containsExactly("Record who signed for South Yorkshire Police and when.");
    }

    @Test
    void activationNeedsArticle9ConditionWhenSpecialCategoryDataIsShared() {
        AgreementDetails special = new AgreementDetails(
                "Health",
                "ISA-9",
                "Purpose",
                "ivan",
                LawfulBasis.PUBLIC_TASK,
                true,
                null,
                "Health data",
                Set.of(),
                null,
                false,
                null,
                null,
                null,
                TODAY.plusMonths(6),
                null,
                List.of());
        InformationSharingAgreement agreement =
                new InformationSharingAgreement(special, signedParties(), TODAY, "ivan");
        agreement.moveTo(AgreementStatus.IN_REVIEW, TODAY, "ivan");
        assertThat(reasonsFor(agreement, AgreementStatus.ACTIVE))
                .containsExactly(
                        "Special-category data is shared: choose the Article 9 / DPA 2018 Schedule 1 condition.");
    }

    @Test
    void signedAgreementInReviewBecomesActiveFromToday() {
        InformationSharingAgreement agreement = active();
        assertThat(agreement.statusOn(TODAY, WINDOW)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.getStartDate()).isEqualTo(TODAY);
    }

    @Test
    void activeAgreementIsReviewDueWithinTheWindowAndActiveAgainAfterReview() {
        InformationSharingAgreement agreement = active();
        assertThat(agreement.statusOn(TODAY.plusYears(1).minusDays(WINDOW + 1), WINDOW))
                .isEqualTo(AgreementStatus.ACTIVE);
        LocalDate nearReview = TODAY.plusYears(1).minusDays(WINDOW);
        assertThat(agreement.statusOn(nearReview, WINDOW)).isEqualTo(AgreementStatus.REVIEW_DUE);
        assertThat(agreement.statusOn(TODAY.plusYears(2), WINDOW)).isEqualTo(AgreementStatus.REVIEW_DUE);

        agreement.recordReview(nearReview.plusYears(1), nearReview, "ivan");

        assertThat(agreement.statusOn(nearReview, WINDOW)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.getLastReviewedOn()).isEqualTo(nearReview);
    }

    @Test
    void reviewNeedsANextReviewDateAfterToday() {
        InformationSharingAgreement agreement = active();
        assertThatThrownBy(() -> agreement.recordReview(TODAY, TODAY, "ivan"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("Enter the next review date, after today.");
    }

    @Test
    void reviewDueCannotBeChosen() {
        assertThat(reasonsFor(active(), AgreementStatus.REVIEW_DUE).get(0))
                .startsWith("'Review due' follows from the review date");
    }

    @Test
    void activeAgreementEndsTodayOrIsTerminatedEarly() {
        InformationSharingAgreement ended = active();
        ended.moveTo(AgreementStatus.ENDED, TODAY, "ivan");
        assertThat(ended.getStoredStatus()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.getEndDate()).isEqualTo(TODAY);

        InformationSharingAgreement terminated = active();
        terminated.moveTo(AgreementStatus.TERMINATED, TODAY, "ivan");
        assertThat(terminated.getStoredStatus()).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void agreementRunningUntilALaterDateCannotEndYet() {
        InformationSharingAgreement agreement = new InformationSharingAgreement(
                details(LawfulBasis.PUBLIC_TASK, TODAY.plusMonths(6), TODAY.plusYears(1)),
                signedParties(),
                TODAY,
                "ivan");
        agreement.moveTo(AgreementStatus.IN_REVIEW, TODAY, "ivan");
        agreement.moveTo(AgreementStatus.ACTIVE, TODAY, "ivan");
        assertThat(reasonsFor(agreement, AgreementStatus.ENDED))
                .containsExactly(
                        "The agreement runs until 26 Nov 2027. End it on or after that date, or terminate it early.");
    }

    @Test
    void activeCannotGoBackToDraftOrReview() {
        assertThat(reasonsFor(active(), AgreementStatus.DRAFT))
                .containsExactly("An agreement that is active cannot become draft; it can become ended or terminated.");
        assertThat(reasonsFor(active(), AgreementStatus.IN_REVIEW)).hasSize(1);
        assertThat(reasonsFor(active(), AgreementStatus.ACTIVE)).containsExactly("The agreement is already active.");
    }

    @Test
    void endedAgreementCannotBeChangedOrMoved() {
        InformationSharingAgreement agreement = active();
        agreement.moveTo(AgreementStatus.ENDED, TODAY, "ivan");
        assertThat(reasonsFor(agreement, AgreementStatus.ACTIVE))
                .containsExactly("An agreement that is ended cannot change status.");
        assertThatThrownBy(() -> agreement.change(
                        details(LawfulBasis.CONSENT, TODAY.plusYears(1), null), signedParties(), TODAY, "ivan"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("can no longer be changed");
    }

    @Test
    void activeAgreementCannotLoseASignature() {
        InformationSharingAgreement agreement = active();
        assertThatThrownBy(() -> agreement.change(
                        details(LawfulBasis.PUBLIC_TASK, TODAY.plusYears(1), null),
                        List.of(new Party(centre, manager, TODAY), new Party(police, null, null)),
                        TODAY,
                        "ivan"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Record who signed for South Yorkshire Police");
    }

    @Test
    void badInputIsReportedFieldByField() {
        AgreementDetails bad = new AgreementDetails(
                " ",
                null,
                null,
                null,
                null,
                false,
                SpecialCategoryCondition.SAFEGUARDING,
                null,
                Set.of(),
                null,
                true,
                null,
                null,
                TODAY,
                TODAY.minusDays(1),
                TODAY.minusDays(1),
                List.of());
        List<Party> parties = List.of(new Party(centre, null, TODAY), new Party(centre, manager, TODAY.plusDays(1)));

        assertThatThrownBy(() -> new InformationSharingAgreement(bad, parties, TODAY, "ivan"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "title",
                                        "reference",
                                        "purpose",
                                        "owner",
                                        "dpiaDate",
                                        "endDate",
                                        "reviewDate",
                                        "parties[0]",
                                        "parties[1]",
                                        "parties[1]",
                                        "specialCategoryCondition"));
    }

    @Test
    void changingPartiesKeepsThoseThatStay() {
        InformationSharingAgreement agreement = draft(List.of(new Party(centre, null, null)));
        Party kept = agreement.getParties().get(0);
        agreement.change(details(LawfulBasis.PUBLIC_TASK, TODAY.plusYears(1), null), signedParties(), TODAY, "ivan");
        assertThat(agreement.getParties()).hasSize(2).first().isSameAs(kept);
        assertThat(kept.getSignatory()).isSameAs(manager);
        assertThat(agreement.sectors()).containsExactly(Sector.INDUSTRY);
    }
}
