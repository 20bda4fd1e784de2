package org.engagement.core.organisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/**
 * Who may read and change organisations (and their people and engagements), by sector. Statutory partners
 * are editable by both leads because they are parties to the partnership's agreements.
 */
public final class OrganisationAccess {

    private OrganisationAccess() {}

    public static Set<Sector> readable(Actor actor) {
        return sectorsWhere(actor, RoleSets::readersOf);
    }

    public static Set<Sector> editable(Actor actor) {
        return sectorsWhere(actor, RoleSets::editorsOf);
    }

    /** The sectors whose role set (read, edit, audit) includes one of the actor's roles. */
    public static Set<Sector> sectorsWhere(Actor actor, Function<Sector, Set<Role>> rolesOf) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (Sector sector : Sector.values()) {
            if (RoleSets.holds(actor, rolesOf.apply(sector))) {
                sectors.add(sector);
            }
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
        return RoleSets.holds(actor, RoleSets.ADMINS);
    }

    /** Phone, email and gender of people are for those who work with them, not for licensing checks. */
    public static boolean seesPersonalData(Actor actor) {
        return RoleSets.holds(actor, RoleSets.PERSONAL_DATA_READERS);
    }
}
