package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.safeguarding.AuditTemplateService;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.SafeguardingPermissions;
import org.engagement.core.safeguarding.Standard;
import org.engagement.core.safeguarding.TemplateVersion;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.core.spi.PageFeedback.Refusal;

/**
 * Recording an audit: a row per standard of the chosen template version, with a rating, evidence and, where not
 * met, an action. Saved as a draft to finish later, or finished (then read-only).
 */
@Named
@ViewScoped
public class RecordAudit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_FIELD = Pattern.compile("ratings\\[(.+)]\\.(\\w+)");

    @Inject
    private AuditService audits;

    @Inject
    private PageFeedback feedback;

    @Inject
    private SafeguardingPermissions safeguardingPermissions;

    @Inject
    private AuditTemplateService auditTemplates;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Actor actor;

    private Long organisationId;
    private Long id;
    private long version;
    private Organisation organisation;
    private String templateCode;
    private int templateVersion;
    private String templateTitle;
    private LocalDate date = Dates.today();
    private AuditType type = AuditType.OFFICER_LED;
    private String auditor;
    private List<Row> rows = new ArrayList<>();

    /** Called by the view's f:viewAction: a draft to continue ({@code id}) or a new audit of an organisation. */
    public void load() {
        if (id != null) {
            continueDraft(audits.audit(id));
            return;
        }
        organisation = organisations.get(organisationId);
        requireEditable();
        auditor = actor.username();
        List<TemplateVersion> templates = getTemplates();
        if (!templates.isEmpty()) {
            templateCode = templates.get(0).getTemplate().getCode();
            chooseTemplate();
        }
    }

    private void continueDraft(Audit audit) {
        if (audit.isFinished()) {
            throw new ConflictException(
                    "This audit is finished and cannot be changed. Amend a finding on the audit's page (the amendment is recorded), or record a new audit.");
        }
        organisation = audit.getOrganisation();
        organisationId = organisation.getId();
        requireEditable();
        version = audit.getVersion();
        date = audit.getDate();
        type = audit.getType();
        auditor = audit.getAuditor();
        useVersion(audit.getTemplateVersion());
        for (Row row : rows) {
            audit.finding(row.code).ifPresent(row::fillFrom);
        }
    }

    private void requireEditable() {
        if (!safeguardingPermissions.canEdit(organisation)) {
            throw new AccessDeniedException("Your roles do not allow you to audit " + organisation.getName() + ".");
        }
    }

    /** Shows the standards of the latest published version of the chosen template. */
    public void chooseTemplate() {
        getTemplates().stream()
                .filter(v -> v.getTemplate().getCode().equals(templateCode))
                .findFirst()
                .ifPresent(this::useVersion);
    }

    private void useVersion(TemplateVersion chosen) {
        templateCode = chosen.getTemplate().getCode();
        templateVersion = chosen.getNumber();
        templateTitle = chosen.getTitle();
        rows = new ArrayList<>();
        for (Standard s : chosen.getStandards()) {
            rows.add(new Row(s));
        }
    }

    public String saveDraft() {
        return save(false);
    }

    public String finish() {
        return save(true);
    }

    private String save(boolean finished) {
        AuditDetails details = new AuditDetails(
                templateCode,
                templateVersion,
                date,
                type,
                auditor,
                rows.stream().map(Row::input).toList(),
                finished);
        PageFeedback shown = feedback.showing(InvalidInputException.class, this::besideRows);
        if (finished) {
            return shown.navigate(
                    () -> {
                        Audit saved = store(details);
                        return new Outcome(
                                "Audit finished: " + saved.overall().label(),
                                "/safeguarding/audit-view.xhtml?faces-redirect=true&id=" + saved.getId());
                    },
                    "auditForm");
        }
        shown.attempt(
                () -> store(details),
                "auditForm",
                "Draft saved. You can finish it later from the organisation's Safeguarding tab.");
        return null;
    }

    private Audit store(AuditDetails details) {
        Audit saved = id == null ? audits.startAudit(organisationId, details) : audits.saveAudit(id, version, details);
        id = saved.getId();
        version = saved.getVersion();
        return saved;
    }

    /** Puts each standard's problem beside its row, then a word at the top, then the rest beside their fields. */
    private Refusal besideRows(InvalidInputException invalid) {
        List<Refusal.Message> inRows = new ArrayList<>();
        List<Refusal.Message> others = new ArrayList<>();
        for (InvalidInputException.FieldError error : invalid.errors()) {
            Matcher m = ROW_FIELD.matcher(error.field());
            int index = m.matches() ? rowIndex(m.group(1)) : -1;
            if (index < 0) {
                others.add(new Refusal.Message(error.field(), error.message()));
            } else {
                inRows.add(new Refusal.Message("standards:" + index + ":" + m.group(2), error.message()));
            }
        }
        List<Refusal.Message> all = new ArrayList<>(inRows);
        all.add(new Refusal.Message(null, "Some standards need attention: see the messages beside them."));
        all.addAll(others);
        return new Refusal(false, all);
    }

    private int rowIndex(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code.equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public List<TemplateVersion> getTemplates() {
        return auditTemplates.latestPublished();
    }

    public boolean isDraft() {
        return id != null;
    }

    public AuditType[] getTypes() {
        return AuditType.values();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getTemplateTitle() {
        return templateTitle;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public AuditType getType() {
        return type;
    }

    public void setType(AuditType type) {
        this.type = type;
    }

    public String getAuditor() {
        return auditor;
    }

    public void setAuditor(String auditor) {
        this.auditor = auditor;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One standard's line of the form. */
    public static class Row extends FindingFields {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String title;
        private final String guidance;
        private final String evidenceHint;
        private final boolean critical;

        Row(Standard standard) {
            this.code = standard.getCode();
            this.title = standard.getTitle();
            this.guidance = standard.getGuidance();
            this.evidenceHint = standard.getEvidence();
            this.critical = standard.isCritical();
        }

        FindingInput input() {
            return input(code);
        }

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public String getGuidance() {
            return guidance;
        }

        public String getEvidenceHint() {
            return evidenceHint;
        }

        public boolean isCritical() {
            return critical;
        }
    }
}
