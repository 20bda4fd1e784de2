package org.engagement.core.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void adoptedPolicyPastItsReviewDateIsOverdue() {
        assertThat(PolicyStatus.effective(PolicyStatus.ADOPTED, TODAY.minusDays(1), TODAY))
                .isEqualTo(PolicyStatus.REVIEW_OVERDUE);
    }

    @Test
    void adoptedPolicyDueForReviewTodayIsNotYetOverdue() {
        assertThat(PolicyStatus.effective(PolicyStatus.ADOPTED, TODAY, TODAY)).isEqualTo(PolicyStatus.ADOPTED);
        assertThat(PolicyStatus.effective(PolicyStatus.ADOPTED, null, TODAY)).isEqualTo(PolicyStatus.ADOPTED);
    }

    @Test
    void policyInDevelopmentIsNeverOverdue() {
        assertThat(PolicyStatus.effective(PolicyStatus.IN_DEVELOPMENT, TODAY.minusYears(1), TODAY))
                .isEqualTo(PolicyStatus.IN_DEVELOPMENT);
    }
}
