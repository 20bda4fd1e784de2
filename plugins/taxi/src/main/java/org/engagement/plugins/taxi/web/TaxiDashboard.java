package org.engagement.plugins.taxi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.engagement.plugins.taxi.application.CoverageReport;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.domain.Coverage;
import org.engagement.plugins.taxi.domain.RenewalsDue;

/** The module's figures on the home page: renewals coming up, and the share of drivers trained. */
@Named
@RequestScoped
public class TaxiDashboard {

    /** The licensing officer's horizon: renewals in the next 30 days. */
    static final int RENEWAL_DAYS = 30;

    @Inject
    private CoverageReport coverageReport;

    @Inject
    private RenewalChecks checks;

    private RenewalsDue renewals;
    private Coverage.Share coverage;

    public RenewalsDue getRenewals() {
        if (renewals == null) {
            renewals = checks.renewalsDue(RENEWAL_DAYS);
        }
        return renewals;
    }

    public Coverage.Share getCoverage() {
        if (coverage == null) {
            coverage = coverageReport.coverage(1).overall();
        }
        return coverage;
    }
}
