package org.engagement.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Gender;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.contact.PersonProfile.RoleAt;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.web.faces.Dialogs;
import org.engagement.web.training.ViewPerson;

/**
 * The person page's corrections: their details (rectification), a role renamed, ended or removed, the person deleted
 * by an administrator, and the history of all of it. The page's {@link ViewPerson} holds whom it shows.
 */
@Named
@ViewScoped
public class CorrectPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactService contacts;

    @Inject
    private PageFeedback feedback;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ViewPerson page;

    private final ViewOrganisation.PersonForm details = new ViewOrganisation.PersonForm();
    private long detailsVersion;
    private final RoleForm role = new RoleForm();
    private List<ChangeLogEntry> history;

    private PersonProfile person() {
        return page.getPerson();
    }

    public boolean isMayEdit() {
        return contacts.mayEditPerson(person().id());
    }

    public boolean isMayDelete() {
        return organisations.canDelete();
    }

    /** The history holds personal data: only for those who see it. */
    public boolean isMayReadHistory() {
        return !person().personalDataHidden();
    }

    public List<ChangeLogEntry> getHistory() {
        if (history == null) {
            history = isMayReadHistory() ? contacts.historyOfPerson(person().id()) : List.of();
        }
        return history;
    }

    public void startCorrect() {
        details.fill(person());
        detailsVersion = person().version();
    }

    public void saveDetails() {
        Dialogs.attemptThenClose(
                () -> feedback.attempt(
                        () -> "The details of "
                                + contacts.updatePerson(person().id(), detailsVersion, details.details())
                                        .name()
                                + " are saved.",
                        "detailsForm"),
                "detailsDialog",
                this::reload);
    }

    /**
     * Whether the details form asks for the Article 9 condition: a current role at a faith organisation reveals
     * religious belief, or the form says the record includes health or ethnic origin.
     */
    public boolean isSpecialCategory() {
        return person().hasFaithRole() || details.isHealthOrEthnicity();
    }

    public Article9Condition[] getArticle9Conditions() {
        return Article9Condition.values();
    }

    public Schedule1Condition[] getSchedule1Conditions() {
        return Schedule1Condition.values();
    }

    /** Whether consent is what their data is held on, and no withdrawal is recorded yet: the page offers to record one. */
    public boolean isConsentWithdrawable() {
        PersonProfile p = person();
        return p.specialCategory().consentWithdrawnAt() == null
                && (p.lawfulBasis() == LawfulBasis.CONSENT
                        || p.specialCategory().article9Condition() == Article9Condition.EXPLICIT_CONSENT);
    }

    /**
     * Records that the person withdrew consent; they are restricted at once, so the page is no longer theirs to show:
     * back to the organisations with what happened and what comes next.
     */
    public String withdrawConsent() {
        return feedback.navigate(
                () -> {
                    contacts.withdrawConsent(person().id(), person().version());
                    return new Outcome(
                            "Recorded: " + person().name() + " withdrew consent. They are restricted now, shown to"
                                    + " nobody but the data protection officer, who will erase them or, if another"
                                    + " lawful basis applies, record it and lift the restriction.",
                            "/organisations/list.xhtml?faces-redirect=true");
                },
                "personActions");
    }

    public void startChangeRole(RoleAt at) {
        role.affiliationId = at.affiliationId();
        role.version = at.version();
        role.organisationName = at.organisationName();
        role.role = at.role();
        role.endedOn = at.endedOn();
    }

    public void saveRole() {
        Dialogs.attemptThenClose(
                () -> feedback.attempt(
                        () -> contacts.changeRole(role.affiliationId, role.version, role.role, role.endedOn),
                        "roleForm",
                        person().name() + "'s role at " + role.organisationName + " is saved."),
                "roleDialog",
                this::reload);
    }

    public void removeRole(RoleAt at) {
        Dialogs.attemptThenClose(
                () -> feedback.attempt(
                        () -> contacts.removeRole(at.affiliationId(), at.version()),
                        "rolesForm",
                        person().name() + " is no longer recorded at " + at.organisationName() + "."),
                null,
                this::reload);
    }

    /** Back to the organisations once deleted; on the page, with what still names them, if refused. */
    public String deletePerson() {
        return feedback.navigate(
                () -> {
                    contacts.deletePerson(person().id(), person().version());
                    return new Outcome(
                            person().name() + " is deleted.", "/organisations/list.xhtml?faces-redirect=true");
                },
                "personActions");
    }

    private void reload() {
        page.load();
        history = null;
    }

    public LocalDate getToday() {
        return Dates.today();
    }

    public ViewOrganisation.PersonForm getDetails() {
        return details;
    }

    public RoleForm getRole() {
        return role;
    }

    public LawfulBasis[] getLawfulBases() {
        return LawfulBasis.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    /** What the "Change role" dialog edits. */
    public static class RoleForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private long affiliationId;
        private long version;
        private String organisationName;
        private String role;
        private LocalDate endedOn;

        public String getOrganisationName() {
            return organisationName;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public LocalDate getEndedOn() {
            return endedOn;
        }

        public void setEndedOn(LocalDate endedOn) {
            this.endedOn = endedOn;
        }
    }
}
