package org.engagement.plugins.faith;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.PageFeedback;

/** The "Faith and community" tab of a place of worship's page: its profile and its engagement pathway. */
@Named
@ViewScoped
public class FaithDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaithService faith;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private PageFeedback feedback;

    private Long organisationId;
    private Long version;
    private boolean mayEdit;
    private Pathway pathway;
    private List<EngagementChoice> engagementChoices = List.of();
    private final Form form = new Form();

    /** The tab's state for this organisation, loaded the first time the page asks. */
    public FaithDetailsTab of(OrganisationRef organisation) {
        if (organisation != null && !organisation.getId().equals(organisationId)) {
            organisationId = organisation.getId();
            mayEdit = organisations.mayEdit(organisation.getId());
            load();
        }
        return this;
    }

    private void load() {
        var profile = faith.profileOf(organisationId);
        version = profile.map(FaithProfile::getVersion).orElse(null);
        form.fill(profile.map(FaithProfile::details).orElse(null));
        pathway = faith.pathwayOf(organisationId);
        engagementChoices = organisations.engagementsWith(organisationId).stream()
                .map(e -> new EngagementChoice(
                        e.id(), Dates.describe(e.date()) + ": " + e.typeLabel() + " – " + e.summary()))
                .toList();
    }

    /** Re-reads the pathway: engagements recorded on the same page move it on. */
    public void refresh() {
        load();
    }

    public void save() {
        feedback.attempt(
                () -> {
                    faith.save(organisationId, version, form.details());
                    load();
                },
                "tabs:faithForm",
                "Faith details saved.");
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Form getForm() {
        return form;
    }

    public List<EngagementChoice> getEngagementChoices() {
        return engagementChoices;
    }

    public CongregationSize[] getSizes() {
        return CongregationSize.values();
    }

    /** An engagement offered as the one at which the setting agreed to engage. */
    public record EngagementChoice(Long id, String label) implements Serializable {}

    /** What the tab's form edits. */
    public static class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String faith;
        private String tradition;
        private String community;
        private String languages;
        private CongregationSize congregationSize;
        private boolean runsChildrensClasses;
        private String deliveryPreferences;
        private Long agreementEngagementId;

        void fill(FaithProfileDetails d) {
            FaithProfileDetails v =
                    d == null ? new FaithProfileDetails(null, null, null, null, null, false, null, null) : d;
            faith = v.faith();
            tradition = v.tradition();
            community = v.community();
            languages = v.languages();
            congregationSize = v.congregationSize();
            runsChildrensClasses = v.runsChildrensClasses();
            deliveryPreferences = v.deliveryPreferences();
            agreementEngagementId = v.agreementEngagementId();
        }

        FaithProfileDetails details() {
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

        public String getFaith() {
            return faith;
        }

        public void setFaith(String faith) {
            this.faith = faith;
        }

        public String getTradition() {
            return tradition;
        }

        public void setTradition(String tradition) {
            this.tradition = tradition;
        }

        public String getCommunity() {
            return community;
        }

        public void setCommunity(String community) {
            this.community = community;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public CongregationSize getCongregationSize() {
            return congregationSize;
        }

        public void setCongregationSize(CongregationSize congregationSize) {
            this.congregationSize = congregationSize;
        }

        public boolean isRunsChildrensClasses() {
            return runsChildrensClasses;
        }

        public void setRunsChildrensClasses(boolean runsChildrensClasses) {
            this.runsChildrensClasses = runsChildrensClasses;
        }

        public String getDeliveryPreferences() {
            return deliveryPreferences;
        }

        public void setDeliveryPreferences(String deliveryPreferences) {
            this.deliveryPreferences = deliveryPreferences;
        }

        public Long getAgreementEngagementId() {
            return agreementEngagementId;
        }

        public void setAgreementEngagementId(Long agreementEngagementId) {
            this.agreementEngagementId = agreementEngagementId;
        }
    }
}
