package org.engagement.core.access;

import static org.engagement.core.user.Role.ADMIN;
import static org.engagement.core.user.Role.API_CLIENT;
import static org.engagement.core.user.Role.DATA_PROTECTION_OFFICER;
import static org.engagement.core.user.Role.FAITH_LEAD;
import static org.engagement.core.user.Role.INDUSTRY_LEAD;
import static org.engagement.core.user.Role.LICENSING_OFFICER;
import static org.engagement.core.user.Role.VIEWER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/**
 * The role sets, each defined once. A set that happens to equal another today keeps its own name, so a
 * decision about one (say, who sees audits) changes one line and every service, menu, page and API
 * annotation that uses it.
 */
public final class RoleSets {

    /** Administrators only: accounts, settings, templates, deleting records. */
    public static final Set<Role> ADMINS = Set.copyOf(EnumSet.of(ADMIN));
    /** Every account, including another system's API client. */
    public static final Set<Role> EVERY_ACCOUNT = Set.copyOf(EnumSet.allOf(Role.class));
    /**
     * People who do the partnership's work on the pages: organisations, follow-ups, plans. Neither an API client nor a
     * data protection officer (unless the account also holds one of these roles).
     */
    public static final Set<Role> PAGE_USERS =
            Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, LICENSING_OFFICER, VIEWER));
    /** Everyone who signs in to the pages at all: the home page, their notifications and their own password. */
    public static final Set<Role> PAGE_ACCOUNTS = Set.copyOf(
            EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, LICENSING_OFFICER, VIEWER, DATA_PROTECTION_OFFICER));

    /**
     * The privacy tools: find any person (restricted ones too), export all held about them, erase or restrict them,
     * and read the access log. Nothing else: the role changes no other record. An administrator may hold it as well.
     */
    public static final Set<Role> DATA_PROTECTION_OFFICERS = Set.copyOf(EnumSet.of(DATA_PROTECTION_OFFICER));

    /** Read organisations of every sector, with their people, engagements and history. */
    public static final Set<Role> ALL_SECTOR_READERS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, VIEWER));
    /** See people's phone, email and gender (on contacts, person pages and in the history). */
    public static final Set<Role> PERSONAL_DATA_READERS =
            Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, VIEWER));
    /** See safeguarding profiles, audits and their figures. Licensing officers' work is licence checks. */
    public static final Set<Role> AUDIT_READERS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, VIEWER));
    /** Read training records, sessions and figures. */
    public static final Set<Role> TRAINING_READERS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, VIEWER));
    /** Read information-sharing agreements and their figures. */
    public static final Set<Role> AGREEMENT_READERS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD, VIEWER));

    /** Change faith and community organisations, their profiles and audits. */
    public static final Set<Role> FAITH_EDITORS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD));
    /** Change industry organisations, their profiles and audits; import licence registers. */
    public static final Set<Role> INDUSTRY_EDITORS = Set.copyOf(EnumSet.of(ADMIN, INDUSTRY_LEAD));
    /** Change something in some sector (the union of the sector editors); the service checks which sector. */
    public static final Set<Role> LEADS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD));

    /**
     * Import organisations, people and past engagements from a spreadsheet: those who may add them (a sector's lead,
     * an administrator); each row's organisation or type must be of a sector the user edits.
     */
    public static final Set<Role> IMPORTERS = Set.copyOf(EnumSet.of(ADMIN, FAITH_LEAD, INDUSTRY_LEAD));

    /** Follow the industry sector's own figures (retail coverage, housing): its lead, licensing officers, viewers. */
    public static final Set<Role> INDUSTRY_WATCHERS =
            Set.copyOf(EnumSet.of(ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER, VIEWER));

    /** Licensing work: the driver register and renewal checks. */
    public static final Set<Role> LICENSING = Set.copyOf(EnumSet.of(ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER));
    /** Licensing work plus a council licensing system calling the renewal check. */
    public static final Set<Role> LICENSING_CALLERS =
            Set.copyOf(EnumSet.of(ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER, API_CLIENT));
    /** The licensing officer's own tools: checklists. */
    public static final Set<Role> LICENSING_OFFICERS = Set.copyOf(EnumSet.of(ADMIN, LICENSING_OFFICER));

    private RoleSets() {}

    /** Who reads the organisations of a sector: licensing officers read industry, where the licensed trades are. */
    public static Set<Role> readersOf(Sector sector) {
        return sector == Sector.INDUSTRY ? PAGE_USERS : ALL_SECTOR_READERS;
    }

    /** Who changes the organisations of a sector; statutory partners are parties to both leads' agreements. */
    public static Set<Role> editorsOf(Sector sector) {
        return switch (sector) {
            case FAITH, COMMUNITY -> FAITH_EDITORS;
            case INDUSTRY -> INDUSTRY_EDITORS;
            case STATUTORY -> LEADS;
        };
    }

    /** Who changes the safeguarding profiles and audits of a sector's organisations. */
    public static Set<Role> auditEditorsOf(Sector sector) {
        return switch (sector) {
            case FAITH, COMMUNITY -> FAITH_EDITORS;
            case INDUSTRY -> INDUSTRY_EDITORS;
            case STATUTORY -> ADMINS;
        };
    }

    /** Whether the actor holds one of the roles. */
    public static boolean holds(Actor actor, Set<Role> roles) {
        return !Collections.disjoint(actor.roles(), roles);
    }
}
