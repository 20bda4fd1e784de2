package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.ContactService;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;

/**
 * Safeguarding audits of organisations: drafts, finishing, amendments to a finished audit's findings, its actions,
 * and the comparison with the audit before.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    public static final String AUDIT = "Audit";

    @Inject
    private SafeguardingRepository repository;

    @Inject
    private SafeguardingPermissions permissions;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected AuditService() {}

    /** For use as a plain library. */
    public AuditService(
            SafeguardingRepository repository,
            SafeguardingPermissions permissions,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.repository = repository;
        this.permissions = permissions;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /** Starts an audit (saved as a draft, or finished at once) against a published template version. */
    public Audit startAudit(long organisationId, AuditDetails details) {
        Organisation organisation = permissions.editable(organisationId);
        TemplateVersion version = publishedVersion(details);
        Audit audit = new Audit(organisation, version);
        audit.record(details, actor.username());
        repository.add(audit);
        repository.flush();
        changeLog.created(AUDIT, audit.getId(), describe(audit) + " recorded", audit.snapshot());
        afterFinishing(audit);
        return shown(audit);
    }

    /**
     * Changes a draft audit, and finishes it if asked. A finished audit cannot change. A text naming a restricted
     * person (the auditor, a finding's evidence, action or owner) was shown to the actor masked: sent back unchanged it
     * stays as stored; changed, it is refused (see {@link RestrictedNames#kept}).
     */
    public Audit saveAudit(long auditId, long expectedVersion, AuditDetails details) {
        Audit audit = editableAudit(auditId, expectedVersion);
        Map<String, String> before = audit.snapshot();
        RestrictedNames names = contacts.restrictedNames();
        audit.record(
                new AuditDetails(
                        details.templateCode(),
                        details.templateVersion(),
                        details.date(),
                        details.type(),
                        names.kept("auditor", audit.getAuditor(), details.auditor()),
                        details.findings().stream()
                                .map(input -> keptTexts(audit, input, names))
                                .toList(),
                        details.finished()),
                actor.username());
        repository.flush(() -> staleAudit(audit));
        changeLog.updated(
                AUDIT,
                auditId,
                describe(audit) + (audit.isFinished() ? " finished" : " changed"),
                before,
                audit.snapshot());
        afterFinishing(audit);
        return shown(audit);
    }

    /**
     * Corrects one finding of a finished audit, for a reason. The amendment is kept with the audit (who, when, why,
     * before and after) and in the change history; the audit stays finished.
     */
    public Audit amendFinding(long auditId, long expectedVersion, FindingInput input, String reason) {
        Audit audit = editableAudit(auditId, expectedVersion);
        Map<String, String> before = audit.snapshot();
        AuditAmendment amendment =
                audit.amend(keptTexts(audit, input, contacts.restrictedNames()), reason, actor.username());
        repository.flush(() -> staleAudit(audit));
        changeLog.updated(
                AUDIT,
                auditId,
                describe(audit) + ": standard " + amendment.getStandardCode() + " amended (" + amendment.getReason()
                        + ")",
                before,
                audit.snapshot());
        return shown(audit);
    }

    /** Marks an action of a finished audit done; closing actions is follow-up work, not a change to the findings. */
    public Audit completeAction(long auditId, long expectedVersion, long findingId) {
        Audit audit = editableAudit(auditId, expectedVersion);
        Finding finding = audit.getFindings().stream()
                .filter(f -> f.getId() == findingId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
        Map<String, String> before = audit.snapshot();
        audit.completeAction(finding, actor.username());
        repository.flush(() -> staleAudit(audit));
        changeLog.updated(AUDIT, auditId, "Action done: " + finding.getActionText(), before, audit.snapshot());
        return shown(audit);
    }

    /**
     * When an audit is finished, the open actions of the organisation's earlier audits on standards it now rates Met
     * (or Not applicable) are done: the re-audit found them resolved.
     */
    private void afterFinishing(Audit audit) {
        if (!audit.isFinished()) {
            return;
        }
        for (Audit earlier : repository.auditsOf(audit.getOrganisation().getId())) {
            if (earlier == audit || !earlier.isFinished() || earlier.getDate().isAfter(audit.getDate())) {
                continue;
            }
            for (Finding open : earlier.getFindings()) {
                Rating now = audit.finding(open.getStandard().getCode())
                        .map(Finding::getRating)
                        .orElse(null);
                if (open.hasAction() && !open.isActionDone() && (now == Rating.MET || now == Rating.NOT_APPLICABLE)) {
                    Map<String, String> before = earlier.snapshot();
                    earlier.completeAction(open, actor.username());
                    changeLog.updated(
                            AUDIT,
                            earlier.getId(),
                            "Action closed by the audit of " + Dates.describe(audit.getDate()) + ": "
                                    + open.getActionText(),
                            before,
                            earlier.snapshot());
                }
            }
        }
    }

    /** One audit, with restricted people's names masked in its text for everyone but the data protection officer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Audit audit(long auditId) {
        return shown(readableAudit(auditId));
    }

    private Audit readableAudit(long auditId) {
        Audit audit = repository.audit(auditId).orElseThrow(() -> new NotFoundException(AUDIT, auditId));
        permissions.readable(audit.getOrganisation().getId());
        return audit;
    }

    /** Newest first, with restricted people's names masked as in {@link #audit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audit> auditsOf(long organisationId) {
        permissions.readable(organisationId);
        RestrictedNames names = contacts.restrictedNames();
        return repository.auditsOf(organisationId).stream()
                .map(a -> a.shownWith(names::mask))
                .toList();
    }

    private Audit shown(Audit audit) {
        return audit.shownWith(contacts.restrictedNames()::mask);
    }

    /** A finding as entered, with each text the actor was shown masked put back as stored (or refused if changed). */
    private static FindingInput keptTexts(Audit audit, FindingInput input, RestrictedNames names) {
        Optional<Finding> stored = input == null ? Optional.empty() : audit.finding(input.standardCode());
        if (stored.isEmpty()) {
            return input;
        }
        String line = "ratings[" + input.standardCode() + "]";
        return new FindingInput(
                input.standardCode(),
                input.rating(),
                names.kept(line + ".evidence", stored.get().getEvidence(), input.evidence()),
                names.kept(line + ".action", stored.get().getActionText(), input.actionText()),
                names.kept(line + ".owner", stored.get().getActionOwner(), input.actionOwner()),
                input.actionDue());
    }

    /** The organisation's finished audit before this one (by date, then by when it was recorded), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Audit> previousAudit(Audit audit) {
        Comparator<Audit> order = Comparator.comparing(Audit::getDate).thenComparing(Audit::getId);
        return auditsOf(audit.getOrganisation().getId()).stream()
                .filter(a -> a.isFinished() && !a.getId().equals(audit.getId()) && order.compare(a, audit) < 0)
                .max(order);
    }

    /** Standard by standard, what improved or got worse since the previous finished audit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StandardComparison> comparison(long auditId) {
        Audit audit = audit(auditId);
        return StandardComparison.between(previousAudit(audit).orElse(null), audit);
    }

    /** Changes to the organisation's profile and audits, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> historyOf(long organisationId) {
        Map<String, List<Long>> records = new LinkedHashMap<>();
        repository.profileOf(organisationId).ifPresent(p -> records.put(ProfileService.PROFILE, List.of(p.getId())));
        records.put(AUDIT, auditsOf(organisationId).stream().map(Audit::getId).toList());
        return contacts.asActorMaySee(changeLog.historyOf(records));
    }

    private TemplateVersion publishedVersion(AuditDetails details) {
        if (details.templateCode() == null || details.templateCode().isBlank()) {
            throw new InvalidInputException("templateCode", "Choose the audit template.");
        }
        AuditTemplate template = repository
                .template(details.templateCode())
                .orElseThrow(() -> new InvalidInputException(
                        "templateCode", "There is no audit template " + details.templateCode() + "."));
        Optional<TemplateVersion> version = details.templateVersion() == null
                ? template.latestPublished()
                : template.version(details.templateVersion()).filter(TemplateVersion::isPublished);
        return version.orElseThrow(() -> new InvalidInputException(
                "templateVersion",
                "Template " + template.getCode() + " has no published version "
                        + Objects.toString(details.templateVersion(), "") + "."));
    }

    private Audit editableAudit(long auditId, long expectedVersion) {
        Audit audit = readableAudit(auditId);
        permissions.editable(audit.getOrganisation().getId());
        if (audit.getVersion() != expectedVersion) {
            throw staleAudit(audit);
        }
        return audit;
    }

    private static StaleRecordException staleAudit(Audit a) {
        return new StaleRecordException("The " + describe(a).toLowerCase(), a.getUpdatedBy(), a.getUpdatedAt());
    }

    private static String describe(Audit audit) {
        return (audit.getType() == null ? "Audit" : audit.getType().label() + " audit") + " of "
                + audit.getOrganisation().getName() + " on " + Dates.describe(audit.getDate());
    }
}
