package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.ProfileService;
import org.engagement.core.safeguarding.SafeguardingPermissions;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.web.privacy.ShownPeople;

/** Recording or changing an organisation's safeguarding profile on one page. */
@Named
@ViewScoped
public class EditSafeguardingProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingPermissions safeguardingPermissions;

    @Inject
    private PageFeedback feedback;

    @Inject
    private ProfileService safeguardingProfiles;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    private Long organisationId;
    private Organisation organisation;
    private List<Contact> people = List.of();
    private long version;
    private PolicyStatus policyStatus;
    private LocalDate adoptedOn;
    private LocalDate nextReviewDue;
    private Procedure[] procedures = new Procedure[0];
    private Long leadPersonId;
    private Long deputyPersonId;
    private Long trusteeLeadPersonId;
    private Boolean contactsOnDisplay;
    private DbsChecks dbsChecks;
    private String notes;

    /** Called by the view's f:viewAction. */
    public void load() {
        organisation = organisations.get(organisationId);
        if (!safeguardingPermissions.canEdit(organisation)) {
            throw new AccessDeniedException(
                    "Your roles do not allow you to change this organisation's safeguarding profile.");
        }
        people = contacts.contactsOf(organisationId);
        SafeguardingProfile p = safeguardingProfiles.profile(organisationId);
        version = p.getVersion();
        policyStatus = p.getPolicyStatus();
        adoptedOn = p.getAdoptedOn();
        nextReviewDue = p.getNextReviewDue();
        procedures = p.getProcedures().toArray(Procedure[]::new);
        leadPersonId = shownPeople.id(p.getLead());
        deputyPersonId = shownPeople.id(p.getDeputy());
        trusteeLeadPersonId = shownPeople.id(p.getTrusteeLead());
        contactsOnDisplay = p.getContactsOnDisplay();
        dbsChecks = p.getDbsChecks();
        notes = p.getNotes();
    }

    private static Long id(Person person) {
        return person == null ? null : person.getId();
    }

    public String save() {
        ProfileDetails details = new ProfileDetails(
                policyStatus,
                adoptedOn,
                nextReviewDue,
                Set.of(procedures),
                leadPersonId,
                deputyPersonId,
                trusteeLeadPersonId,
                contactsOnDisplay,
                dbsChecks,
                notes);
        return feedback.navigate(
                () -> {
                    safeguardingProfiles.saveProfile(organisationId, version, details);
                    return new Outcome(
                            "Safeguarding profile saved: " + organisation.getName(),
                            "/organisations/view.xhtml?faces-redirect=true&id=" + organisationId);
                },
                "profileForm");
    }

    /** The statuses a user may record; "review overdue" is worked out from the review date. */
    public List<PolicyStatus> getStatuses() {
        return Arrays.stream(PolicyStatus.values())
                .filter(PolicyStatus::storable)
                .toList();
    }

    public Procedure[] getAllProcedures() {
        return Procedure.values();
    }

    public DbsChecks[] getDbsOptions() {
        return DbsChecks.values();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Contact> getPeople() {
        return people;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public PolicyStatus getPolicyStatus() {
        return policyStatus;
    }

    public void setPolicyStatus(PolicyStatus policyStatus) {
        this.policyStatus = policyStatus;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public void setNextReviewDue(LocalDate nextReviewDue) {
        this.nextReviewDue = nextReviewDue;
    }

    /** An array, so the page converts the ticked boxes to procedures without a converter. */
    public Procedure[] getProcedures() {
        return procedures;
    }

    public void setProcedures(Procedure[] procedures) {
        this.procedures = procedures == null ? new Procedure[0] : procedures;
    }

    public Long getLeadPersonId() {
        return leadPersonId;
    }

    public void setLeadPersonId(Long leadPersonId) {
        this.leadPersonId = leadPersonId;
    }

    public Long getDeputyPersonId() {
        return deputyPersonId;
    }

    public void setDeputyPersonId(Long deputyPersonId) {
        this.deputyPersonId = deputyPersonId;
    }

    public Long getTrusteeLeadPersonId() {
        return trusteeLeadPersonId;
    }

    public void setTrusteeLeadPersonId(Long trusteeLeadPersonId) {
        this.trusteeLeadPersonId = trusteeLeadPersonId;
    }

    public Boolean getContactsOnDisplay() {
        return contactsOnDisplay;
    }

    public void setContactsOnDisplay(Boolean contactsOnDisplay) {
        this.contactsOnDisplay = contactsOnDisplay;
    }

    public DbsChecks getDbsChecks() {
        return dbsChecks;
    }

    public void setDbsChecks(DbsChecks dbsChecks) {
        this.dbsChecks = dbsChecks;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
