package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;

/**
 * Audit templates and their versions: the core's and modules' templates installed at start-up, and administrators'
 * drafts and publishing. Audits keep the version they were done against.
 */
@ApplicationScoped
@Transactional
public class AuditTemplateService {

    public static final String TEMPLATE = "AuditTemplateVersion";

    @Inject
    private SafeguardingRepository repository;

    @Inject
    private SafeguardingPermissions permissions;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected AuditTemplateService() {}

    /** For use as a plain library. */
    public AuditTemplateService(
            SafeguardingRepository repository, SafeguardingPermissions permissions, ChangeLog changeLog, Actor actor) {
        this.repository = repository;
        this.permissions = permissions;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditTemplate> templates() {
        permissions.requireSee();
        return repository.templates();
    }

    /** Templates with a published version, for starting an audit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateVersion> latestPublished() {
        return templates().stream().flatMap(t -> t.latestPublished().stream()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateVersion templateVersion(String code, int number) {
        permissions.requireSee();
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
        permissions.requireTemplateManager();
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
        permissions.requireTemplateManager();
        TemplateVersion draft =
                template(code).draft().orElseThrow(() -> new NotFoundException("Draft of template", code));
        if (draft.getVersion() != expectedVersion) {
            throw staleTemplate(draft);
        }
        Map<String, String> before = draft.snapshot();
        draft.replace(title, standards, actor.username());
        draft.getTemplate().retitle(draft.getTitle());
        repository.flush(() -> staleTemplate(draft));
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
        permissions.requireTemplateManager();
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
        repository.flush(() -> staleTemplate(draft));
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

    private static StaleRecordException staleTemplate(TemplateVersion v) {
        return new StaleRecordException(
                "Version " + v.getNumber() + " of template " + v.getTemplate().getCode(),
                v.getUpdatedBy(),
                v.getUpdatedAt());
    }
}
