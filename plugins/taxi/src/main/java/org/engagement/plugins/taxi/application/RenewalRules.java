package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RecordHistory;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.RenewalRuleSettings;
import org.engagement.plugins.taxi.persistence.QualifyingTrainingStore;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/** The council's renewal rule: read on every check (so cached), changed by an administrator with a version check. */
@ApplicationScoped
@Transactional
public class RenewalRules {

    public static final String RULE_RECORD = "TaxiRenewalRule";

    @Inject
    private TaxiAccess access;

    @Inject
    private TaxiRepository repository;

    @Inject
    private RecordHistory history;

    @Inject
    private QualifyingTrainingStore qualifyingTraining;

    @Inject
    private FirstUse firstUse;

    /** Read on every check, changed rarely: kept here until an administrator changes it. */
    private volatile RenewalRule cachedRule;

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalRule renewalRule() {
        RenewalRule rule = cachedRule;
        return rule != null ? rule : loadRule();
    }

    /** One thread at a time: the first use on a server must not add the course twice (its code is unique). */
    private synchronized RenewalRule loadRule() {
        RenewalRule rule = cachedRule;
        if (rule == null) {
            // The first use on this server (or after a rule change): everything the rule reads must be in place first.
            firstUse.prepare();
            rule = repository.ruleSettings().rule();
            cachedRule = rule;
        }
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalRuleSettings renewalRuleSettings() {
        access.require(TaxiModule.ADMINS, "Only an administrator may see the renewal rule's settings.");
        return repository.ruleSettings();
    }

    /** Refused as stale unless {@code expectedVersion} is the version the rule has now. */
    public RenewalRule changeRule(RenewalRule rule, long expectedVersion) {
        access.require(TaxiModule.ADMINS, "Only an administrator may change the renewal rule.");
        RenewalRuleSettings settings = repository.ruleSettings();
        if (expectedVersion != settings.getVersion()) {
            throw new StaleRecordException("The renewal rule", settings.getUpdatedBy(), settings.getUpdatedAt());
        }
        Map<String, String> before = settings.snapshot();
        settings.change(rule, access.username());
        repository.flush();
        qualifyingTraining.rebuild(settings.rule());
        history.updated(RULE_RECORD, RenewalRuleSettings.ID, "Renewal rule changed", before, settings.snapshot());
        cachedRule = null;
        return settings.rule();
    }
}
