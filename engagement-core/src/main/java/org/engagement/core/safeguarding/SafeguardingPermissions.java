package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;

/**
 * What the signed-in user may do with safeguarding records ({@link SafeguardingAccess}), and the organisation a
 * profile or audit belongs to, read only when they may: the profile, template and audit services all check here.
 */
@ApplicationScoped
public class SafeguardingPermissions {

    @Inject
    private OrganisationService organisations;

    @Inject
    private Actor actor;

    protected SafeguardingPermissions() {}

    /** For use as a plain library. */
    public SafeguardingPermissions(OrganisationService organisations, Actor actor) {
        this.organisations = organisations;
        this.actor = actor;
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

    public Organisation readable(long organisationId) {
        requireSee();
        return organisations.get(organisationId);
    }

    public Organisation editable(long organisationId) {
        Organisation organisation = readable(organisationId);
        if (!canEdit(organisation)) {
            throw new AccessDeniedException("Your roles do not allow you to change the safeguarding records of "
                    + organisation.getSector().label().toLowerCase() + " organisations.");
        }
        return organisation;
    }

    public void requireSee() {
        if (!canSee()) {
            throw new AccessDeniedException("Your roles do not give access to safeguarding profiles or audits.");
        }
    }

    public void requireTemplateManager() {
        if (!canManageTemplates()) {
            throw new AccessDeniedException("Only an administrator can change audit templates.");
        }
    }
}
