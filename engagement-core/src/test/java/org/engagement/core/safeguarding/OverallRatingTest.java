package org.engagement.core.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.core.safeguarding.Rating.MET;
import static org.engagement.core.safeguarding.Rating.NOT_APPLICABLE;
import static org.engagement.core.safeguarding.Rating.NOT_MET;
import static org.engagement.core.safeguarding.Rating.PARTLY_MET;

import java.util.List;
import org.engagement.core.safeguarding.OverallRating.Rated;
import org.junit.jupiter.api.Test;

/** The red/amber/green rule, on its own. */
class OverallRatingTest {

    private static Rated critical(Rating rating) {
        return new Rated(rating, true);
    }

    private static Rated ordinary(Rating rating) {
        return new Rated(rating, false);
    }

    @Test
    void criticalStandardNotMetIsRedWhateverElseIsMet() {
        assertThat(OverallRating.of(List.of(ordinary(MET), critical(NOT_MET), critical(MET))))
                .isEqualTo(OverallRating.RED);
    }

    @Test
    void ordinaryStandardNotMetIsAmberNotRed() {
        assertThat(OverallRating.of(List.of(critical(MET), ordinary(NOT_MET)))).isEqualTo(OverallRating.AMBER);
    }

    @Test
    void criticalStandardPartlyMetIsAmber() {
        assertThat(OverallRating.of(List.of(critical(PARTLY_MET), ordinary(MET))))
                .isEqualTo(OverallRating.AMBER);
    }

    @Test
    void everyApplicableStandardMetIsGreenWithNotApplicableLeftOut() {
        assertThat(OverallRating.of(List.of(critical(MET), ordinary(NOT_APPLICABLE), ordinary(MET))))
                .isEqualTo(OverallRating.GREEN);
    }

    @Test
    void unratedStandardsOfADraftAreLeftOut() {
        assertThat(OverallRating.of(List.of(critical(null), ordinary(MET)))).isEqualTo(OverallRating.GREEN);
        assertThat(OverallRating.of(List.of(critical(null), ordinary(NOT_APPLICABLE))))
                .isEqualTo(OverallRating.NOT_RATED);
        assertThat(OverallRating.of(List.of())).isEqualTo(OverallRating.NOT_RATED);
    }

    @Test
    void everyRatingHasWordsBesideItsColour() {
        assertThat(OverallRating.RED.label()).startsWith("Red");
        assertThat(OverallRating.AMBER.label()).startsWith("Amber");
        assertThat(OverallRating.GREEN.label()).startsWith("Green");
    }
}
