package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.FigureContribution.Value;
import org.engagement.plugins.taxi.domain.CoverageCount;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/**
 * The taxi module's figure for the partnership's scorecard: the share of active licensed drivers whose safeguarding
 * training is valid on a day, counted as the coverage page counts it. An aggregate with no personal data, so it
 * checks no role: the action plan's service decides who reads the scorecard.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaxiFigures {

    public static final String DRIVERS_TRAINED = "taxi.drivers-trained";

    @Inject
    private TaxiStore store;

    @Inject
    private RenewalRules rules;

    private Supplier<RenewalRule> rule = () -> rules.renewalRule();

    protected TaxiFigures() {}

    /** Outside a container (tests), with a fixed rule. */
    public TaxiFigures(TaxiStore store, RenewalRule fixed) {
        this.store = store;
        this.rule = () -> fixed;
    }

    public FigureContribution driversTrained() {
        return new FigureContribution(
                DRIVERS_TRAINED,
                "Licensed drivers with valid safeguarding training",
                Unit.PERCENT,
                Kind.LEVEL,
                "/taxi/coverage.xhtml",
                (from, to) -> driversTrainedOn(to));
    }

    Value driversTrainedOn(LocalDate on) {
        long drivers = 0;
        long trained = 0;
        for (CoverageCount c : store.coverage(rule.get(), on)) {
            drivers += c.drivers();
            trained += c.trained();
        }
        return Value.share(trained, drivers, "active drivers");
    }
}
