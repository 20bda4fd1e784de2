package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.RenewalRules;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.RenewalRuleSettings;

/** The administrator's page for the council's renewal rule. */
@Named
@ViewScoped
public class ChangeRenewalRule implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rule";

    @Inject
    private RenewalRules rules;

    @Inject
    private PageFeedback feedback;

    private boolean loaded;
    private long version;
    private String courseCodes;
    private Integer validityMonths;
    private Integer recencyMonths;
    private String updatedBy;
    private Instant updatedAt;

    public void load() {
        loaded = feedback.attempt(() -> show(rules.renewalRuleSettings()), FORM, null);
    }

    private void show(RenewalRuleSettings settings) {
        RenewalRule rule = settings.rule();
        version = settings.getVersion();
        courseCodes = String.join(", ", new java.util.TreeSet<>(rule.qualifyingCourseCodes()));
        validityMonths = rule.validityMonths();
        recencyMonths = rule.recencyMonths();
        updatedBy = settings.getUpdatedBy();
        updatedAt = settings.getUpdatedAt();
    }

    public void save() {
        feedback.attempt(
                () -> {
                    Set<String> codes = Arrays.stream(
                                    courseCodes == null ? new String[0] : courseCodes.split("[,\\s]+"))
                            .filter(c -> !c.isBlank())
                            .collect(Collectors.toSet());
                    rules.changeRule(
                            new RenewalRule(codes, validityMonths == null ? 0 : validityMonths, recencyMonths),
                            version);
                    show(rules.renewalRuleSettings());
                },
                FORM,
                "The renewal rule is saved. Checks from now on use it.");
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getCourseCodes() {
        return courseCodes;
    }

    public void setCourseCodes(String courseCodes) {
        this.courseCodes = courseCodes;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Integer getRecencyMonths() {
        return recencyMonths;
    }

    public void setRecencyMonths(Integer recencyMonths) {
        this.recencyMonths = recencyMonths;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
