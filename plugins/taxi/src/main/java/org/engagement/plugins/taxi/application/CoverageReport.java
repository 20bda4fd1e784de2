package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.Coverage;
import org.engagement.plugins.taxi.domain.CoverageCount;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/** The share of active drivers whose training is valid: today, by operator and licence type, and quarter by quarter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageReport {

    @Inject
    private TaxiAccess access;

    @Inject
    private TaxiStore store;

    @Inject
    private RenewalRules rules;

    /** Coverage today and at the end of each of the last {@code quarters} financial quarters (this one to date). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(int quarters) {
        access.require(TaxiModule.READERS, "Your role does not include training coverage.");
        RenewalRule rule = rules.renewalRule();
        LocalDate today = Dates.today();
        List<CoverageCount> counts = store.coverage(rule, today);
        Map<Long, String> operators = store.organisationNamesOfType(TaxiModule.OPERATOR);
        Map<String, long[]> byOperator = new java.util.TreeMap<>();
        Map<String, long[]> byType = new java.util.LinkedHashMap<>();
        long[] all = new long[2];
        for (CoverageCount c : counts) {
            String operator = c.operatorId() == null
                    ? "No operator recorded"
                    : operators.getOrDefault(c.operatorId(), "Unknown operator");
            add(byOperator.computeIfAbsent(operator, k -> new long[2]), c);
            add(byType.computeIfAbsent(c.licenceType().label(), k -> new long[2]), c);
            add(all, c);
        }
        return new Coverage(
                today,
                Coverage.Share.of("All active drivers", all[0], all[1]),
                shares(byOperator),
                shares(byType),
                trend(rule, today, Math.max(1, Math.min(quarters, 20))));
    }

    private List<Coverage.Share> trend(RenewalRule rule, LocalDate today, int quarters) {
        org.engagement.core.reporting.FinancialQuarter current =
                org.engagement.core.reporting.FinancialQuarter.of(today);
        org.engagement.core.reporting.FinancialQuarter first = current;
        for (int i = 1; i < quarters; i++) {
            first = org.engagement.core.reporting.FinancialQuarter.of(
                    first.start().minusDays(1));
        }
        List<Coverage.Share> trend = new ArrayList<>();
        for (org.engagement.core.reporting.FinancialQuarter q = first; q.compareTo(current) <= 0; q = q.next()) {
            LocalDate on = q.end().isAfter(today) ? today : q.end();
            long[] total = new long[2];
            store.coverage(rule, on).forEach(c -> add(total, c));
            trend.add(Coverage.Share.of(q.label(), total[0], total[1]));
        }
        return trend;
    }

    private static void add(long[] total, CoverageCount c) {
        total[0] += c.drivers();
        total[1] += c.trained();
    }

    private static List<Coverage.Share> shares(Map<String, long[]> totals) {
        return totals.entrySet().stream()
                .map(e -> Coverage.Share.of(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
