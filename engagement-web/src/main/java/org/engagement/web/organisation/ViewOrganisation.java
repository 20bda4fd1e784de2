package org.engagement.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Gender;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.merge.MergeService;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.PageFeedback;
import org.engagement.web.faces.Dialogs;
import org.omnifaces.util.Faces;

/**
 * One organisation's page: key facts, its people, its engagements and its history, and the dialogs that add a
 * person or record an engagement.
 */
@Named
@ViewScoped
public class ViewOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PageFeedback feedback;

    @Inject
    private ContactService contacts;

    @Inject
    private EngagementService engagements;

    @Inject
    private Actor actor;

    @Inject
    private MergeService merges;

    private Long id;
    private Organisation organisation;
    private List<Contact> people = List.of();
    private List<Engagement> engagementList = List.of();
    private List<ChangeLogEntry> history = List.of();
    private boolean mayEdit;
    private final PersonForm person = new PersonForm();
    private EngagementForm engagement = new EngagementForm();

    /** Called by the view's f:viewAction. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Organisation", "(no id given)");
        }
        try {
            organisation = organisations.get(id);
        } catch (NotFoundException gone) {
            // An organisation merged into another lives on as that one: old links and bookmarks are sent there.
            long survivor = merges.mergedInto(id).orElseThrow(() -> gone);
            Faces.redirect("organisations/view.xhtml?id=%s", String.valueOf(survivor));
            return;
        }
        mayEdit = organisations.canEdit(organisation);
        people = contacts.contactsOf(id);
        engagementList = engagements.engagementsWith(id);
        history = engagements.historyOf(id);
    }

    public void startAddPerson() {
        person.clear();
    }

    public void addPerson() {
        Dialogs.attemptThenClose(
                () -> feedback.attempt(
                        () -> contacts.addContact(id, person.details(), person.role),
                        "personForm",
                        person.name + " added as " + person.role + "."),
                "personDialog",
                this::load);
    }

    public void startLogEngagement() {
        engagement = new EngagementForm();
        engagement.followUpOwner = actor.username();
    }

    public void logEngagement() {
        List<FollowUpDetails> followUps = engagement.followUpAction == null || engagement.followUpAction.isBlank()
                ? List.of()
                : List.of(new FollowUpDetails(
                        engagement.followUpAction, engagement.followUpOwner, engagement.followUpDue));
        Dialogs.attemptThenClose(
                () -> feedback.attempt(
                        () -> engagements.log(
                                id,
                                new EngagementDetails(
                                        engagement.date,
                                        engagement.type,
                                        null,
                                        engagement.people,
                                        engagement.summary,
                                        engagement.outcome,
                                        followUps)),
                        "engagementForm",
                        engagement.type == null ? null : engagement.type.label() + " recorded."),
                "engagementDialog",
                this::load);
    }

    public List<String> completeRole(String typed) {
        String lower = typed == null ? "" : typed.toLowerCase();
        return contacts.suggestedRoles().stream().filter(r -> r.contains(lower)).toList();
    }

    public LocalDate getToday() {
        return Dates.today();
    }

    public String getTags() {
        return String.join(", ", organisation.getTags());
    }

    public String typeLabel() {
        return organisations.typeLabel(organisation.getTypeCode());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The organisation as the published module API names it, for the tabs contributed by modules. */
    public OrganisationRef getOrganisationRef() {
        return organisation == null ? null : OrganisationRef.of(organisation);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Contact> getPeople() {
        return people;
    }

    public List<Engagement> getEngagements() {
        return engagementList;
    }

    public List<ChangeLogEntry> getHistory() {
        return history;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public PersonForm getPerson() {
        return person;
    }

    public EngagementForm getEngagement() {
        return engagement;
    }

    public LawfulBasis[] getLawfulBases() {
        return LawfulBasis.values();
    }

    public Article9Condition[] getArticle9Conditions() {
        return Article9Condition.values();
    }

    public Schedule1Condition[] getSchedule1Conditions() {
        return Schedule1Condition.values();
    }

    /**
     * Whether the "Add person" form asks for the Article 9 condition: a role here reveals religious belief (a faith
     * organisation), or the form says the record includes health or ethnic origin.
     */
    public boolean isSpecialCategory() {
        return (organisation != null && organisation.getSector() == Sector.FAITH) || person.isHealthOrEthnicity();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public EngagementType[] getEngagementTypes() {
        return EngagementType.values();
    }

    /** What the "Add person" dialog edits, and the person page's "Correct details" dialog (without the role). */
    public static class PersonForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String role;
        private String phone;
        private String email;
        private String preferredLanguage;
        private Gender gender;
        private LawfulBasis lawfulBasis;
        private String consentNotes;
        private boolean healthOrEthnicity;
        private Article9Condition article9Condition;
        private Schedule1Condition schedule1Condition;

        void clear() {
            name = role = phone = email = preferredLanguage = consentNotes = null;
            gender = null;
            lawfulBasis = null;
            healthOrEthnicity = false;
            article9Condition = null;
            schedule1Condition = null;
        }

        /** The person's current details, for correcting them. */
        void fill(PersonProfile current) {
            name = current.name();
            phone = current.phone();
            email = current.email();
            preferredLanguage = current.preferredLanguage();
            gender = current.gender();
            lawfulBasis = current.lawfulBasis();
            consentNotes = current.consentNotes();
            healthOrEthnicity = current.specialCategory().healthOrEthnicity();
            article9Condition = current.specialCategory().article9Condition();
            schedule1Condition = current.specialCategory().schedule1Condition();
        }

        PersonDetails details() {
            return new PersonDetails(
                    name,
                    phone,
                    email,
                    preferredLanguage,
                    gender,
                    lawfulBasis,
                    consentNotes,
                    healthOrEthnicity,
                    article9Condition,
                    schedule1Condition);
        }

        public boolean isHealthOrEthnicity() {
            return healthOrEthnicity;
        }

        public void setHealthOrEthnicity(boolean healthOrEthnicity) {
            this.healthOrEthnicity = healthOrEthnicity;
        }

        public Article9Condition getArticle9Condition() {
            return article9Condition;
        }

        public void setArticle9Condition(Article9Condition article9Condition) {
            this.article9Condition = article9Condition;
        }

        public Schedule1Condition getSchedule1Condition() {
            return schedule1Condition;
        }

        public void setSchedule1Condition(Schedule1Condition schedule1Condition) {
            this.schedule1Condition = schedule1Condition;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPreferredLanguage() {
            return preferredLanguage;
        }

        public void setPreferredLanguage(String preferredLanguage) {
            this.preferredLanguage = preferredLanguage;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public LawfulBasis getLawfulBasis() {
            return lawfulBasis;
        }

        public void setLawfulBasis(LawfulBasis lawfulBasis) {
            this.lawfulBasis = lawfulBasis;
        }

        public String getConsentNotes() {
            return consentNotes;
        }

        public void setConsentNotes(String consentNotes) {
            this.consentNotes = consentNotes;
        }
    }

    /** What the "Record engagement" dialog edits: the engagement and at most one follow-up. */
    public static class EngagementForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate date = Dates.today();
        private EngagementType type = EngagementType.VISIT;
        private List<Long> people = new ArrayList<>();
        private String summary;
        private String outcome;
        private String followUpAction;
        private String followUpOwner;
        private LocalDate followUpDue;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public EngagementType getType() {
            return type;
        }

        public void setType(EngagementType type) {
            this.type = type;
        }

        public List<Long> getPeople() {
            return people;
        }

        public void setPeople(List<Long> people) {
            this.people = people;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getFollowUpAction() {
            return followUpAction;
        }

        public void setFollowUpAction(String followUpAction) {
            this.followUpAction = followUpAction;
        }

        public String getFollowUpOwner() {
            return followUpOwner;
        }

        public void setFollowUpOwner(String followUpOwner) {
            this.followUpOwner = followUpOwner;
        }

        public LocalDate getFollowUpDue() {
            return followUpDue;
        }

        public void setFollowUpDue(LocalDate followUpDue) {
            this.followUpDue = followUpDue;
        }
    }
}
