package org.engagement.web.safeguarding;

import java.io.Serializable;
import java.time.LocalDate;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.Rating;

/**
 * The editable part of one standard's finding, as a form holds it: the audit form has one per standard, the
 * amendment form one for the standard being corrected.
 */
public abstract class FindingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Rating rating;
    private String evidence;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;

    /** Fills the fields with what the finding says now. */
    void fillFrom(Finding finding) {
        rating = finding.getRating();
        evidence = finding.getEvidence();
        actionText = finding.getActionText();
        actionOwner = finding.getActionOwner();
        actionDue = finding.getActionDue();
    }

    FindingInput input(String standardCode) {
        return new FindingInput(standardCode, rating, evidence, actionText, actionOwner, actionDue);
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
