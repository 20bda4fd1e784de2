package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;

/**
 * The only way into safeguarding profiles, audit templates and audits. Leads change them for the sectors they
 * work in ({@link SafeguardingAccess}); readers see them; licensing officers do not.
 */
@ApplicationScoped
@Transactional
public class SafeguardingService {

    public static final String PROFILE = "SafeguardingProfile";
    public static final String AUDIT = "Audit";
    public static final String TEMPLATE = "AuditTemplateVersion";

    @Inject
    private SafeguardingRepository repository;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected SafeguardingService() {}

    /** For use as a plain library. */
    public SafeguardingService(
            SafeguardingRepository repository,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.repository = repository;
        this.organisations = organisations;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    // ---- Profiles

    /** The organisation's profile; an unsaved empty one (version 0, no policy) if none is recorded yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SafeguardingProfile profile(long organisationId) {
        Organisation organisation = readable(organisationId);
        return repository
                .profileOf(organisationId)
                .orElseGet(() -> new SafeguardingProfile(organisation, actor.username()));
    }

    /** Creates or changes the profile; {@code expectedVersion} is 0 for one not saved before. */
    public SafeguardingProfile saveProfile(long organisationId, long expectedVersion, ProfileDetails details) {
        Organisation organisation = editable(organisationId);
        Optional<SafeguardingProfile> existing = repository.profileOf(organisationId);
        SafeguardingProfile profile = existing.orElseGet(() -> new SafeguardingProfile(organisation, actor.username()));
        if (profile.getVersion() != expectedVersion) {
            throw staleProfile(profile);
        }
        Map<String, String> before = existing.isPresent() ? profile.snapshot() : Map.of();
        profile.change(
                details,
                keptIfHidden(person(organisationId, details.leadPersonId()), profile.getLead()),
                keptIfHidden(person(organisationId, details.deputyPersonId()), profile.getDeputy()),
                keptIfHidden(person(organisationId, details.trusteeLeadPersonId()), profile.getTrusteeLead()),
                actor.username());
        if (existing.isEmpty()) {
            repository.add(profile);
        }
        flush(() -> staleProfile(profile));
        String summary =
                "Safeguarding profile of " + organisation.getName() + (existing.isEmpty() ? " recorded" : " changed");
        if (existing.isEmpty()) {
            changeLog.created(PROFILE, profile.getId(), summary, profile.snapshot());
        } else {
            changeLog.updated(PROFILE, profile.getId(), summary, before, profile.snapshot());
        }
        return profile;
    }

    /** A lead the actor cannot see (restricted), and so could not choose on the form, stays when it names nobody. */
    private Person keptIfHidden(Person chosen, Person before) {
        return chosen == null && before != null && contacts.shown(before) == null ? before : chosen;
    }

    private Person person(long organisationId, Long personId) {
        if (personId == null) {
            return null;
        }
        try {
            return contacts.peopleAt(organisationId, List.of(personId)).get(0);
        } catch (InvalidInputException notThere) {
            throw new InvalidInputException(
                    "people", "Choose the safeguarding leads from this organisation's people; add them there first.");
        }
    }

    // ---- Templates

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditTemplate> templates() {
        requireSee();
        return repository.templates();
    }

    /** Templates with a published version, for starting an audit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateVersion> latestPublished() {
        return templates().stream().flatMap(t -> t.latestPublished().stream()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateVersion templateVersion(String code, int number) {
        requireSee();
        return template(code)
                .version(number)
                .orElseThrow(() -> new NotFoundException("Version of template " + code, number));
    }

    /**
     * Publishes a template as the core or a sector module ships it: as version 1 if the code is new, as a new
     * version if its standards differ from the latest published one, otherwise not at all. Runs at start-up, so it
     * checks no role. Returns the latest published version.
     */
    public TemplateVersion install(AuditTemplateDefinition definition) {
        AuditTemplate template = repository.template(definition.code()).orElse(null);
        if (template == null) {
            template = new AuditTemplate(definition.code(), definition.title());
            repository.add(template);
        }
        Optional<TemplateVersion> latest = template.latestPublished();
        if (latest.isPresent()
                && latest.get().sameStandardsAs(definition.standards())
                && latest.get().getTitle().equals(definition.title())) {
            return latest.get();
        }
        TemplateVersion draft = template.draft().orElse(null);
        if (draft == null) {
            draft = template.newDraft(definition.title(), definition.standards(), actor.username());
        } else {
            draft.replace(definition.title(), definition.standards(), actor.username());
        }
        return publishVersion(template, draft);
    }

    /** Administrators: a new draft version, starting from the latest version's standards (or none for a new code). */
    public TemplateVersion startDraft(String code, String title) {
        requireTemplateManager();
        if (code == null || !code.strip().matches("[A-Z0-9_]{2,40}")) {
            throw new InvalidInputException(
                    "code", "Use 2 to 40 capital letters, digits or underscores, e.g. MY_TEMPLATE.");
        }
        AuditTemplate template = repository.template(code.strip()).orElse(null);
        if (template == null) {
            template = new AuditTemplate(code.strip(), title == null || title.isBlank() ? code.strip() : title.strip());
            repository.add(template);
        }
        List<StandardDefinition> start =
                template.latestPublished().map(TemplateVersion::definitions).orElse(List.of());
        TemplateVersion draft = template.newDraft(
                title == null || title.isBlank() ? template.getTitle() : title, start, actor.username());
        repository.flush();
        changeLog.created(
                TEMPLATE,
                draft.getId(),
                "Draft version " + draft.getNumber() + " of " + code + " started",
                draft.snapshot());
        return draft;
    }

    /** Administrators: replaces a draft's title and standards. */
    public TemplateVersion saveDraft(
            String code, long expectedVersion, String title, List<StandardDefinition> standards) {
        requireTemplateManager();
        TemplateVersion draft =
                template(code).draft().orElseThrow(() -> new NotFoundException("Draft of template", code));
        if (draft.getVersion() != expectedVersion) {
            throw staleTemplate(draft);
        }
        Map<String, String> before = draft.snapshot();
        draft.replace(title, standards, actor.username());
        draft.getTemplate().retitle(draft.getTitle());
        flush(() -> staleTemplate(draft));
        changeLog.updated(
                TEMPLATE,
                draft.getId(),
                "Draft version " + draft.getNumber() + " of " + code + " changed",
                before,
                draft.snapshot());
        return draft;
    }

    /** Administrators: publishes the draft. Audits already done keep the version they were done against. */
    public TemplateVersion publish(String code, long expectedVersion) {
        requireTemplateManager();
        AuditTemplate template = template(code);
        TemplateVersion draft = template.draft().orElseThrow(() -> new NotFoundException("Draft of template", code));
        if (draft.getVersion() != expectedVersion) {
            throw staleTemplate(draft);
        }
        return publishVersion(template, draft);
    }

    private TemplateVersion publishVersion(AuditTemplate template, TemplateVersion draft) {
        Map<String, String> before = draft.getId() == null ? Map.of() : draft.snapshot();
        draft.publish(actor.username());
        template.retitle(draft.getTitle());
        flush(() -> staleTemplate(draft));
        changeLog.updated(
                TEMPLATE,
                draft.getId(),
                "Version " + draft.getNumber() + " of " + template.getCode() + " published",
                before,
                draft.snapshot());
        return draft;
    }

    private AuditTemplate template(String code) {
        return repository.template(code).orElseThrow(() -> new NotFoundException("Audit template", code));
    }

    // ---- Audits

    /** Starts an audit (saved as a draft, or finished at once) against a published template version. */
    public Audit startAudit(long organisationId, AuditDetails details) {
        Organisation organisation = editable(organisationId);
        TemplateVersion version = publishedVersion(details);
        Audit audit = new Audit(organisation, version);
        audit.record(details, actor.username());
        repository.add(audit);
        repository.flush();
        changeLog.created(AUDIT, audit.getId(), describe(audit) + " recorded", audit.snapshot());
        afterFinishing(audit);
        return audit;
    }

    /** Changes a draft audit, and finishes it if asked. A finished audit cannot change. */
    public Audit saveAudit(long auditId, long expectedVersion, AuditDetails details) {
        Audit audit = editableAudit(auditId, expectedVersion);
        Map<String, String> before = audit.snapshot();
        audit.record(details, actor.username());
        flush(() -> staleAudit(audit));
        changeLog.updated(
                AUDIT,
                auditId,
                describe(audit) + (audit.isFinished() ? " finished" : " changed"),
                before,
                audit.snapshot());
        afterFinishing(audit);
        return audit;
    }

    /**
     * Corrects one finding of a finished audit, for a reason. The amendment is kept with the audit (who, when, why,
     * before and after) and in the change history; the audit stays finished.
     */
    public Audit amendFinding(long auditId, long expectedVersion, FindingInput input, String reason) {
        Audit audit = editableAudit(auditId, expectedVersion);
        Map<String, String> before = audit.snapshot();
        AuditAmendment amendment = audit.amend(input, reason, actor.username());
        flush(() -> staleAudit(audit));
        changeLog.updated(
                AUDIT,
                auditId,
                describe(audit) + ": standard " + amendment.getStandardCode() + " amended (" + amendment.getReason()
                        + ")",
                before,
                audit.snapshot());
        return audit;
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
        flush(() -> staleAudit(audit));
        changeLog.updated(AUDIT, auditId, "Action done: " + finding.getActionText(), before, audit.snapshot());
        return audit;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Audit audit(long auditId) {
        Audit audit = repository.audit(auditId).orElseThrow(() -> new NotFoundException(AUDIT, auditId));
        readable(audit.getOrganisation().getId());
        return audit;
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audit> auditsOf(long organisationId) {
        readable(organisationId);
        return repository.auditsOf(organisationId);
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
        repository.profileOf(organisationId).ifPresent(p -> records.put(PROFILE, List.of(p.getId())));
        records.put(AUDIT, auditsOf(organisationId).stream().map(Audit::getId).toList());
        return contacts.asActorMaySee(changeLog.historyOf(records));
    }

    public boolean canSee() {
        return SafeguardingAccess.canSee(actor);
    }

    public boolean canEdit(Organisation organisation) {
        return SafeguardingAccess.canEdit(actor, organisation.getSector());
    }

    public boolean canManageTemplates() {
        return SafeguardingAccess.canManageTemplates(actor);
    }

    // ---- Helpers

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

    private Organisation readable(long organisationId) {
        requireSee();
        return organisations.get(organisationId);
    }

    private Organisation editable(long organisationId) {
        Organisation organisation = readable(organisationId);
        if (!canEdit(organisation)) {
            throw new AccessDeniedException("Your roles do not allow you to change the safeguarding records of "
                    + organisation.getSector().label().toLowerCase() + " organisations.");
        }
        return organisation;
    }

    private Audit editableAudit(long auditId, long expectedVersion) {
        Audit audit = audit(auditId);
        editable(audit.getOrganisation().getId());
        if (audit.getVersion() != expectedVersion) {
            throw staleAudit(audit);
        }
        return audit;
    }

    private void requireSee() {
        if (!canSee()) {
            throw new AccessDeniedException("Your roles do not give access to safeguarding profiles or audits.");
        }
    }

    private void requireTemplateManager() {
        if (!canManageTemplates()) {
            throw new AccessDeniedException("Only an administrator can change audit templates.");
        }
    }

    /** Flushes so a save racing with another one fails here, with a message the user can act on. */
    private void flush(Supplier<StaleRecordException> stale) {
        try {
            repository.flush();
        } catch (OptimisticLockException race) {
            throw stale.get();
        }
    }

    private static StaleRecordException staleProfile(SafeguardingProfile p) {
        return new StaleRecordException(
                "The safeguarding profile of " + p.getOrganisation().getName(), p.getUpdatedBy(), p.getUpdatedAt());
    }

    private static StaleRecordException staleAudit(Audit a) {
        return new StaleRecordException("The " + describe(a).toLowerCase(), a.getUpdatedBy(), a.getUpdatedAt());
    }

    private static StaleRecordException staleTemplate(TemplateVersion v) {
        return new StaleRecordException(
                "Version " + v.getNumber() + " of template " + v.getTemplate().getCode(),
                v.getUpdatedBy(),
                v.getUpdatedAt());
    }

    private static String describe(Audit audit) {
        return (audit.getType() == null ? "Audit" : audit.getType().label() + " audit") + " of "
                + audit.getOrganisation().getName() + " on " + Dates.describe(audit.getDate());
    }
}
