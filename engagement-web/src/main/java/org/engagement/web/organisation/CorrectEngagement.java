package org.engagement.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.contact.Person;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PageFeedback;
import org.engagement.web.faces.Dialogs;
import org.engagement.web.privacy.ShownPeople;

/**
 * The organisation page's corrections to engagements: change one, delete one logged by mistake (with a reason), add,
 * change, complete and reopen its follow-ups. The page's {@link ViewOrganisation} holds the organisation.
 */
@Named
@ViewScoped
public class CorrectEngagement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EngagementService engagements;

    @Inject
    private PageFeedback feedback;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private ViewOrganisation page;

    private long engagementId;
    private long version;
    private String label;
    private LocalDate date;
    private EngagementType type;
    private List<Long> people = new ArrayList<>();
    private String summary;
    private String outcome;
    private String reason;
    private Long followUpId;
    private String followUpAction;
    private String followUpOwner;
    private LocalDate followUpDue;

    private void select(Engagement e) {
        engagementId = e.getId();
        version = e.getVersion();
        label = e.getType().label() + " on " + Dates.describe(e.getDate());
    }

    public void startEdit(Engagement e) {
        select(e);
        date = e.getDate();
        type = e.getType();
        people = new ArrayList<>(
                shownPeople.of(e.getPeople()).stream().map(Person::getId).toList());
        summary = e.getSummary();
        outcome = e.getOutcome();
    }

    public void save() {
        run(
                "editEngagementForm",
                "editEngagementDialog",
                () -> engagements.update(
                        engagementId,
                        version,
                        new EngagementDetails(date, type, null, people, summary, outcome, List.of())),
                label + " saved.");
    }

    public boolean mayDelete(Engagement e) {
        return engagements.mayDelete(e);
    }

    public void startDelete(Engagement e) {
        select(e);
        reason = null;
    }

    public void delete() {
        run(
                "deleteEngagementForm",
                "deleteEngagementDialog",
                () -> engagements.delete(engagementId, version, reason),
                label + " deleted.");
    }

    /** A new follow-up ({@code f} null) or a change to one. */
    public void startFollowUp(Engagement e, FollowUp f) {
        select(e);
        followUpId = f == null ? null : f.getId();
        followUpAction = f == null ? null : f.getAction();
        followUpOwner = f == null ? null : f.getOwner();
        followUpDue = f == null ? null : f.getDue();
    }

    public void saveFollowUp() {
        FollowUpDetails details = new FollowUpDetails(followUpAction, followUpOwner, followUpDue);
        run(
                "followUpForm",
                "followUpDialog",
                () -> {
                    if (followUpId == null) {
                        engagements.addFollowUp(engagementId, version, details);
                    } else {
                        engagements.changeFollowUp(engagementId, version, followUpId, details);
                    }
                },
                "Follow-up saved.");
    }

    /** Marks it done, or (if done) not done after all. */
    public void toggleDone(Engagement e, FollowUp f) {
        run(
                "tabs:engagementsForm",
                null,
                () -> {
                    if (f.isDone()) {
                        engagements.reopenFollowUp(e.getId(), e.getVersion(), f.getId());
                    } else {
                        engagements.completeFollowUp(e.getId(), e.getVersion(), f.getId());
                    }
                },
                f.isDone() ? "Follow-up marked not done." : "Follow-up marked done.");
    }

    private void run(String formId, String dialog, Runnable change, String done) {
        Dialogs.attemptThenClose(() -> feedback.attempt(change, formId, done), dialog, page::load);
    }

    public String getLabel() {
        return label;
    }

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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
