package org.engagement.core.safeguarding;

import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/**
 * Who may see and change safeguarding profiles and audits. Licensing officers see none of it: their work is
 * licence checks, and audits hold findings about organisations they have no part in.
 */
public final class SafeguardingAccess {

    /** The sectors whose organisations are audited for safeguarding. */
    public static final Set<Sector> AUDITED = EnumSet.of(Sector.FAITH, Sector.COMMUNITY, Sector.INDUSTRY);

    private SafeguardingAccess() {}

    public static boolean canSee(Actor actor) {
        return RoleSets.holds(actor, RoleSets.AUDIT_READERS);
    }

    public static Set<Sector> editable(Actor actor) {
        return OrganisationAccess.sectorsWhere(actor, RoleSets::auditEditorsOf);
    }

    public static boolean canEdit(Actor actor, Sector sector) {
        return editable(actor).contains(sector);
    }

    /** The sectors a person's overview covers: those they work on, or every audited sector for readers and admins. */
    public static Set<Sector> overviewSectors(Actor actor) {
        if (actor.hasRole(Role.ADMIN) || actor.hasRole(Role.VIEWER)) {
            return AUDITED;
        }
        Set<Sector> sectors = EnumSet.copyOf(AUDITED);
        sectors.retainAll(editable(actor));
        return sectors.isEmpty() ? AUDITED : sectors;
    }

    public static boolean canManageTemplates(Actor actor) {
        return RoleSets.holds(actor, RoleSets.ADMINS);
    }
}
