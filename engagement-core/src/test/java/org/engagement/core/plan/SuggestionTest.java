package org.engagement.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.engagement.core.spi.FigureContribution.Direction;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.junit.jupiter.api.Test;

/** The suggested status at its boundaries: target reached, three quarters of what is needed, the target date. */
class SuggestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate DUE = TODAY.plusMonths(3);

    private static Suggestion level(double value, double target, LocalDate due) {
        return Suggestion.of(Kind.LEVEL, Unit.PERCENT, value, target, null, due, TODAY);
    }

    @Test
    void aLevelAtItsTargetIsGreenAndJustBelowWithTimeLeftIsAmber() {
        assertThat(level(85, 85, DUE).rag()).isEqualTo(Rag.GREEN);
        assertThat(level(84.9, 85, DUE).rag()).isEqualTo(Rag.AMBER);
    }

    @Test
    void seventyFivePerCentAgainstEightyFiveWithThreeMonthsLeftIsAmberAndSaysWhy() {
        Suggestion s = level(75, 85, DUE);
        assertThat(s.rag()).isEqualTo(Rag.AMBER);
        assertThat(s.reason())
                .isEqualTo(
                        "75% against a target of 85% by 4 Mar 2027 (90 days left): behind, but within a quarter of the target.");
    }

    @Test
    void threeQuartersOfTheTargetIsStillAmberAndLessIsRed() {
        assertThat(level(75, 100, DUE).rag()).isEqualTo(Rag.AMBER);
        assertThat(level(74.9, 100, DUE).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void dueTodayIsStillAmberButTheDayAfterTheTargetDateIsRed() {
        assertThat(level(80, 85, TODAY).rag()).isEqualTo(Rag.AMBER);
        Suggestion late = level(80, 85, TODAY.minusDays(1));
        assertThat(late.rag()).isEqualTo(Rag.RED);
        assertThat(late.reason()).endsWith("the target date has passed.");
        assertThat(level(85, 85, TODAY.minusDays(1)).rag())
                .as("a target met stays green after its date")
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void aCountOverAPeriodIsJudgedAgainstWhatIsNeededByNow() {
        LocalDate from = TODAY.minusDays(50);
        LocalDate due = TODAY.plusDays(50);
        // Half the time gone: 50 of a target of 100 is needed by now.
        assertThat(Suggestion.of(Kind.FLOW, Unit.COUNT, 50, 100, from, due, TODAY)
                        .rag())
                .isEqualTo(Rag.GREEN);
        assertThat(Suggestion.of(Kind.FLOW, Unit.COUNT, 49, 100, from, due, TODAY)
                        .rag())
                .isEqualTo(Rag.AMBER);
        assertThat(Suggestion.of(Kind.FLOW, Unit.COUNT, 37.5, 100, from, due, TODAY)
                        .rag())
                .isEqualTo(Rag.AMBER);
        assertThat(Suggestion.of(Kind.FLOW, Unit.COUNT, 37, 100, from, due, TODAY)
                        .rag())
                .isEqualTo(Rag.RED);
        assertThat(Suggestion.of(Kind.FLOW, Unit.COUNT, 0, 100, TODAY, due, TODAY)
                        .rag())
                .as("a count that starts today is not behind")
                .isEqualTo(Rag.GREEN);
    }

    private static Suggestion ceiling(Kind kind, double value, double ceiling, LocalDate from, LocalDate due) {
        return Suggestion.of(Direction.LOWER_IS_BETTER, kind, Unit.COUNT, value, ceiling, from, due, TODAY);
    }

    @Test
    void aCeilingIsGreenAtOrUnderItAndALevelALittleOverWithTimeLeftIsAmber() {
        assertThat(ceiling(Kind.LEVEL, 10, 10, null, DUE).rag()).isEqualTo(Rag.GREEN);
        assertThat(ceiling(Kind.LEVEL, 13, 10, null, DUE).rag()).isEqualTo(Rag.AMBER);
        assertThat(ceiling(Kind.LEVEL, 13.4, 10, null, DUE).rag()).isEqualTo(Rag.RED);
        assertThat(ceiling(Kind.LEVEL, 11, 10, null, TODAY.minusDays(1)).rag())
                .as("the date has passed while still over it")
                .isEqualTo(Rag.RED);
        assertThat(ceiling(Kind.LEVEL, 4, 10, null, DUE).reason())
                .isEqualTo("4 against a ceiling of 10 by 4 Mar 2027: within it.");
    }

    @Test
    void aCountUnderACeilingIsGreenWithinItsPaceAmberAheadOfItAndRedOnceOver() {
        LocalDate from = TODAY.minusDays(90);
        LocalDate due = TODAY.plusDays(90); // half the time gone: 20 of a ceiling of 40 allowed by now
        assertThat(ceiling(Kind.FLOW, 20, 40, from, due).rag()).isEqualTo(Rag.GREEN);
        assertThat(ceiling(Kind.FLOW, 21, 40, from, due).rag()).isEqualTo(Rag.AMBER);
        assertThat(ceiling(Kind.FLOW, 40, 40, from, due).rag()).isEqualTo(Rag.AMBER);
        assertThat(ceiling(Kind.FLOW, 41, 40, from, due).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void aFigureWhereHigherIsBetterKeepsItsRule() {
        assertThat(Suggestion.of(Direction.HIGHER_IS_BETTER, Kind.LEVEL, Unit.PERCENT, 75, 85, null, DUE, TODAY))
                .isEqualTo(level(75, 85, DUE));
    }
}
