package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.SafeguardingPermissions;
import org.engagement.core.safeguarding.StandardComparison;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.core.spi.PageFeedback.Refusal;
import org.engagement.core.spi.RecordViews;
import org.engagement.web.privacy.RecordKinds;

/** A finished (or draft) audit, read-only, standard by standard beside the previous audit, with its actions. */
@Named
@ViewScoped
public class ViewAudit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern STANDARD_FIELD = Pattern.compile("ratings\\[.+]\\.(\\w+)");

    @Inject
    private AuditService audits;

    @Inject
    private PageFeedback feedback;

    @Inject
    private SafeguardingPermissions safeguardingPermissions;

    @Inject
    private RecordViews views;

    private Long id;
    private Audit audit;
    private Audit previous;
    private List<Line> lines = List.of();
    private boolean mayEdit;
    private Amendment amendment = new Amendment();

    /** One standard: the comparison with the previous audit and this audit's finding. */
    public record Line(StandardComparison comparison, Finding finding) implements Serializable {}

    /** Called by the view's f:viewAction. */
    public void load() {
        audit = audits.audit(id);
        previous = audits.previousAudit(audit).orElse(null);
        mayEdit = safeguardingPermissions.canEdit(audit.getOrganisation());
        Map<String, Finding> findings = audit.getFindings().stream()
                .collect(Collectors.toMap(f -> f.getStandard().getCode(), Function.identity()));
        lines = audits.comparison(id).stream()
                .map(c -> new Line(c, findings.get(c.standardCode())))
                .toList();
        views.viewed(RecordKinds.AUDIT, id, null);
    }

    public void completeAction(long findingId) {
        if (feedback.attempt(
                () -> audits.completeAction(id, audit.getVersion(), findingId), "auditView", "Action marked done.")) {
            load();
        }
    }

    /** Fills the amendment form with what the chosen standard's finding says now. */
    public void chooseStandard() {
        audit.finding(amendment.standardCode).ifPresentOrElse(amendment::fillFrom, () -> amendment = new Amendment());
    }

    /**
     * Corrects one finding of this finished audit; the amendment and its reason are kept with the audit. Reopens the
     * page, as the overall rating and the findings may all have changed.
     */
    public String amend() {
        return feedback.showing(InvalidInputException.class, ViewAudit::besideFields)
                .navigate(
                        () -> {
                            audits.amendFinding(id, audit.getVersion(), amendment.input(), amendment.reason);
                            return new Outcome(
                                    "Standard " + amendment.standardCode
                                            + " amended. The amendment is listed under Amendments.",
                                    "/safeguarding/audit-view.xhtml?faces-redirect=true&id=" + id);
                        },
                        "amendForm");
    }

    /** The core names a standard's fields {@code ratings[CODE].field}; the form has one standard's fields. */
    private static Refusal besideFields(InvalidInputException invalid) {
        return new Refusal(
                false,
                invalid.errors().stream()
                        .map(error -> {
                            Matcher m = STANDARD_FIELD.matcher(error.field());
                            return new Refusal.Message(m.matches() ? m.group(1) : error.field(), error.message());
                        })
                        .toList());
    }

    public Amendment getAmendment() {
        return amendment;
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Audit getAudit() {
        return audit;
    }

    public Audit getPrevious() {
        return previous;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    /** The amendment form: the corrected finding of one standard and why it is corrected. */
    public static class Amendment extends FindingFields {

        private static final long serialVersionUID = 1L;

        private String standardCode;
        private String reason;

        FindingInput input() {
            return input(standardCode);
        }

        public String getStandardCode() {
            return standardCode;
        }

        public void setStandardCode(String standardCode) {
            this.standardCode = standardCode;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
