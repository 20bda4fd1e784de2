package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileService;
import org.engagement.core.safeguarding.SafeguardingPermissions;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.spi.RecordViews;
import org.engagement.web.organisation.ViewOrganisation;
import org.engagement.web.privacy.RecordKinds;

/**
 * The Safeguarding tab of an organisation's page: its profile, its audits and their history. Loaded only when the
 * reader may see safeguarding records (never for licensing officers).
 */
@Named
@ViewScoped
public class SafeguardingTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingPermissions safeguardingPermissions;

    @Inject
    private ProfileService safeguardingProfiles;

    @Inject
    private AuditService auditService;

    @Inject
    private RecordViews views;

    @Inject
    private ViewOrganisation page;

    private SafeguardingProfile profile;
    private List<Audit> audits;
    private List<ChangeLogEntry> history;

    public boolean isVisible() {
        return safeguardingPermissions.canSee();
    }

    public boolean isMayEdit() {
        return safeguardingPermissions.canEdit(page.getOrganisation());
    }

    public SafeguardingProfile getProfile() {
        if (profile == null) {
            profile = safeguardingProfiles.profile(page.getId());
            RecordKinds.viewedProfile(views, profile);
        }
        return profile;
    }

    public String getProcedures() {
        String listed =
                getProfile().getProcedures().stream().map(Procedure::label).collect(Collectors.joining(", "));
        return listed.isEmpty() ? "None recorded" : listed;
    }

    public List<Audit> getAudits() {
        if (audits == null) {
            audits = auditService.auditsOf(page.getId());
        }
        return audits;
    }

    public List<ChangeLogEntry> getHistory() {
        if (history == null) {
            history = auditService.historyOf(page.getId());
        }
        return history;
    }
}
