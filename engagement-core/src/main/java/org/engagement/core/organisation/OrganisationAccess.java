package org.engagement.core.organisation;

import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/**
 * Who may read and change organisations (and their people and engagements), by sector. Statutory partners
 * are editable by both leads because they are parties to the partnership's agreements.
 */
public final class OrganisationAccess {

    private OrganisationAccess() {
    }

    public static Set<Sector> readable(Actor actor) {
        if (actor.hasAnyRole(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER)) {
            return EnumSet.allOf(Sector.class);
        }
        return actor.hasRole(Role.LICENSING_OFFICER) ? EnumSet.of(Sector.INDUSTRY) : EnumSet.noneOf(Sector.class);
    }

    public static Set<Sector> editable(Actor actor) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (actor.hasRole(Role.ADMIN)) {
            return EnumSet.allOf(Sector.class);
        }
        if (actor.hasRole(Role.FAITH_LEAD)) {
            sectors.addAll(EnumSet.of(Sector.FAITH, Sector.COMMUNITY, Sector.STATUTORY));
        }
        if (actor.hasRole(Role.INDUSTRY_LEAD)) {
            sectors.addAll(EnumSet.of(Sector.INDUSTRY, Sector.STATUTORY));
        }
        return sectors;
    }

    public static boolean canRead(Actor actor, Sector sector) {
        return readable(actor).contains(sector);
    }

    public static boolean canEdit(Actor actor, Sector sector) {
        return editable(actor).contains(sector);
    }

    public static boolean canDelete(Actor actor) {
        return actor.hasRole(Role.ADMIN);
    }

    /** Phone, email and gender of people are for those who work with them, not for licensing checks. */
    public static boolean seesPersonalData(Actor actor) {
        return actor.hasAnyRole(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER);
    }
}
