package org.engagement.plugins.faith;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** What the faith sector records about a place of worship or madrassa, keyed by the organisation's id. */
@Entity
@Table(name = "faith_profile")
@NamedQuery(
        name = "FaithProfile.byOrganisations",
        query = "select p from FaithProfile p where p.organisationId in :ids")
public class FaithProfile {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @Column(length = 60)
    private String faith;

    @Column(length = 100)
    private String tradition;

    @Column(length = 100)
    private String community;

    @Column(length = 200)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "congregation_size", length = 20)
    private CongregationSize congregationSize;

    @Column(name = "runs_childrens_classes", nullable = false)
    private boolean runsChildrensClasses;

    @Column(name = "delivery_preferences", length = 1000)
    private String deliveryPreferences;

    @Column(name = "agreement_engagement_id")
    private Long agreementEngagementId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected FaithProfile() {}

    FaithProfile(long organisationId) {
        this.organisationId = organisationId;
    }

    void change(FaithProfileDetails d, String by) {
        List<FieldError> errors = new ArrayList<>();
        faith = text(d.faith(), "faith", "Faith", 60, errors);
        tradition = text(d.tradition(), "tradition", "Tradition or denomination", 100, errors);
        community = text(d.community(), "community", "Community", 100, errors);
        languages = text(d.languages(), "languages", "Languages used", 200, errors);
        deliveryPreferences =
                text(d.deliveryPreferences(), "deliveryPreferences", "Delivery preferences", 1000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        congregationSize = d.congregationSize();
        runsChildrensClasses = d.runsChildrensClasses();
        agreementEngagementId = d.agreementEngagementId();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    private static String text(String value, String field, String label, int max, List<FieldError> errors) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters."));
        }
        return stripped;
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Faith", orEmpty(faith));
        fields.put("Tradition or denomination", orEmpty(tradition));
        fields.put("Community", orEmpty(community));
        fields.put("Languages used", orEmpty(languages));
        fields.put("Congregation size", congregationSize == null ? "" : congregationSize.label());
        fields.put("Runs classes for children", runsChildrensClasses ? "Yes" : "No");
        fields.put("Delivery preferences", orEmpty(deliveryPreferences));
        fields.put(
                "Agreed to engage at engagement",
                agreementEngagementId == null ? "" : agreementEngagementId.toString());
        return fields;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public FaithProfileDetails details() {
        return new FaithProfileDetails(
                faith,
                tradition,
                community,
                languages,
                congregationSize,
                runsChildrensClasses,
                deliveryPreferences,
                agreementEngagementId);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getVersion() {
        return version;
    }

    public String getCommunity() {
        return community;
    }

    public String getLanguages() {
        return languages;
    }

    public Long getAgreementEngagementId() {
        return agreementEngagementId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
