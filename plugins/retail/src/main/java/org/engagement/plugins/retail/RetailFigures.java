package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Direction;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.FigureContribution.Value;
import org.engagement.plugins.retail.persistence.RetailRecords;

/**
 * The retail module's figures for the partnership's scorecard: premises visited and concerns reported from hotspots.
 * Aggregates with no personal data, so they check no role: the action plan's service decides who reads them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetailFigures {

    public static final String PREMISES_VISITED = "retail.premises-visited";
    public static final String HOTSPOT_CONCERNS = "retail.hotspot-concerns";

    @Inject
    private RetailRecords records;

    protected RetailFigures() {}

    /** Outside a container (tests). */
    RetailFigures(RetailRecords records) {
        this.records = records;
    }

    public List<FigureContribution> figures() {
        return List.of(
                new FigureContribution(
                        PREMISES_VISITED,
                        "Premises given an awareness visit",
                        Unit.COUNT,
                        Kind.FLOW,
                        "/retail/coverage.xhtml",
                        (from, to) -> Value.count(premisesVisited(from, to))),
                new FigureContribution(
                        HOTSPOT_CONCERNS,
                        "Concerns reported from hotspot premises",
                        Unit.COUNT,
                        Kind.FLOW,
                        "/retail/coverage.xhtml",
                        (from, to) -> Value.count(hotspotConcerns(from, to)),
                        // The action plan wants hotspots' concerns to fall (action 4.1): its target is a ceiling.
                        Direction.LOWER_IS_BETTER));
    }

    private long premisesVisited(LocalDate from, LocalDate to) {
        return records.premisesVisited(from, to);
    }

    /** Concerns are entered per quarter: those of the quarters that begin within the period. */
    private long hotspotConcerns(LocalDate from, LocalDate to) {
        FinancialQuarter first = FinancialQuarter.of(from);
        if (first.start().isBefore(from)) {
            first = first.next();
        }
        FinancialQuarter last = FinancialQuarter.of(to);
        if (first.compareTo(last) > 0) {
            return 0;
        }
        return records.concernsReported(first, last);
    }
}
