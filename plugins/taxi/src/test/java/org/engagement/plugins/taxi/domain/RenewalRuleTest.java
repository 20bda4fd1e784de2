package org.engagement.plugins.taxi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RenewalRuleTest {

    private static final LocalDate RENEWAL = LocalDate.of(2027, 3, 1);
    private final RenewalRule rule = new RenewalRule(Set.of("TAXI-CSE"), 36, null);

    private static TrainingEvidence taxiCourse(LocalDate completedOn) {
        return new TrainingEvidence("TAXI-CSE", "Safeguarding for drivers", completedOn, "C-" + completedOn, "import");
    }

    @Test
    void trainingCountsUntilTheDayBeforeTheSameDateThreeYearsLater() {
        assertThat(rule.validUntil(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rule.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void renewalIsRefusedWhenTrainingExpiredTheDayBeforeRenewalDate() {
        RenewalDecision decision =
                rule.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(taxiCourse(LocalDate.of(2024, 3, 1))));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).containsExactly(RefusalReason.TRAINING_NOT_VALID_ON_RENEWAL_DATE);
        assertThat(decision.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void renewalIsAllowedWhenTrainingExpiresOnTheRenewalDate() {
        RenewalDecision decision =
                rule.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(taxiCourse(LocalDate.of(2024, 3, 2))));

        assertThat(decision.validUntil()).isEqualTo(RENEWAL);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void renewalIsAllowedWhenTrainingExpiresTheDayAfterRenewalDate() {
        RenewalDecision decision =
                rule.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(taxiCourse(LocalDate.of(2024, 3, 3))));

        assertThat(decision.validUntil()).isEqualTo(RENEWAL.plusDays(1));
        assertThat(decision.eligible()).isTrue();
    }

    @Test
    void renewalIsRefusedForARevokedLicenceEvenWithValidTraining() {
        RenewalDecision decision =
                rule.decide(LicenceStatus.REVOKED, RENEWAL, List.of(taxiCourse(LocalDate.of(2026, 1, 10))));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).containsExactly(RefusalReason.LICENCE_REVOKED);
        assertThat(decision.training()).isNotNull();
    }

    @Test
    void renewalIsRefusedForASuspendedLicence() {
        assertThat(rule.decide(LicenceStatus.SUSPENDED, RENEWAL, List.of(taxiCourse(LocalDate.of(2026, 1, 10))))
                        .reasons())
                .containsExactly(RefusalReason.LICENCE_SUSPENDED);
    }

    @Test
    void aLapsedLicenceWithValidTrainingMayBeRenewed() {
        assertThat(rule.decide(LicenceStatus.LAPSED, RENEWAL, List.of(taxiCourse(LocalDate.of(2026, 1, 10))))
                        .eligible())
                .isTrue();
    }

    @Test
    void renewalIsRefusedWithoutAnyQualifyingTraining() {
        TrainingEvidence otherCourse =
                new TrainingEvidence("FIRST-AID", "First aid", LocalDate.of(2026, 1, 10), null, "import");

        RenewalDecision decision = rule.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(otherCourse));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).containsExactly(RefusalReason.NO_QUALIFYING_TRAINING);
        assertThat(decision.training()).isNull();
        assertThat(decision.validUntil()).isNull();
    }

    @Test
    void theCheckRestsOnTheQualifyingRecordThatLastsLongest() {
        TrainingEvidence old = taxiCourse(LocalDate.of(2023, 5, 1));
        TrainingEvidence latest = taxiCourse(LocalDate.of(2025, 6, 15));
        TrainingEvidence unrelated =
                new TrainingEvidence("FIRST-AID", "First aid", LocalDate.of(2026, 9, 1), null, "import");

        RenewalDecision decision = rule.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(old, unrelated, latest));

        assertThat(decision.training()).isEqualTo(latest);
        assertThat(decision.validUntil()).isEqualTo(LocalDate.of(2028, 6, 14));
        assertThat(decision.eligible()).isTrue();
    }

    @Test
    void renewalIsRefusedWhenTrainingIsOlderThanTheRecencyRuleAllows() {
        RenewalRule recent = new RenewalRule(Set.of("TAXI-CSE"), 36, 12);

        RenewalDecision tooOld = recent.decide(
                LicenceStatus.ACTIVE,
                RENEWAL,
                List.of(taxiCourse(RENEWAL.minusMonths(12).minusDays(1))));
        RenewalDecision justRecent =
                recent.decide(LicenceStatus.ACTIVE, RENEWAL, List.of(taxiCourse(RENEWAL.minusMonths(12))));

        assertThat(tooOld.eligible()).isFalse();
        assertThat(tooOld.reasons()).containsExactly(RefusalReason.TRAINING_TOO_OLD);
        assertThat(justRecent.eligible()).isTrue();
    }

    @Test
    void everyReasonIsGivenWhenSeveralApply() {
        RenewalRule recent = new RenewalRule(Set.of("TAXI-CSE"), 36, 12);

        RenewalDecision decision =
                recent.decide(LicenceStatus.SUSPENDED, RENEWAL, List.of(taxiCourse(LocalDate.of(2020, 1, 1))));

        assertThat(decision.reasons())
                .containsExactly(
                        RefusalReason.LICENCE_SUSPENDED,
                        RefusalReason.TRAINING_NOT_VALID_ON_RENEWAL_DATE,
                        RefusalReason.TRAINING_TOO_OLD);
    }

    @Test
    void courseCodesAreMatchedWhateverTheCaseTheAdministratorTyped() {
        RenewalRule typed = new RenewalRule(Set.of(" taxi-cse "), 36, null);

        assertThat(typed.qualifyingCourseCodes()).containsExactly("TAXI-CSE");
    }

    @Test
    void noQualifyingCourseAndAValidityOutsideOneToOneHundredAndTwentyMonthsAreRefusedBesideTheirFields() {
        assertThatThrownBy(() -> new RenewalRule(Set.of(" "), 0, 200))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("qualifyingCourseCodes", "validityMonths", "recencyMonths"));
    }

    @Test
    void theEarliestQualifyingCompletionAgreesWithTheDecisionOnEveryDayIncludingMonthEnds() {
        RenewalRule withRecency = new RenewalRule(Set.of("TAXI-CSE"), 36, 30);
        for (RenewalRule r : List.of(rule, withRecency)) {
            for (LocalDate day = LocalDate.of(2027, 1, 1);
                    day.isBefore(LocalDate.of(2029, 1, 1));
                    day = day.plusDays(1)) {
                LocalDate earliest = r.earliestQualifyingCompletion(day);
                assertThat(r.decide(LicenceStatus.ACTIVE, day, List.of(taxiCourse(earliest)))
                                .eligible())
                        .as("%s", day)
                        .isTrue();
                assertThat(r.decide(LicenceStatus.ACTIVE, day, List.of(taxiCourse(earliest.minusDays(1))))
                                .eligible())
                        .as("%s", day)
                        .isFalse();
            }
        }
        assertThat(rule.earliestQualifyingCompletion(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2024, 3, 1));
    }
}
