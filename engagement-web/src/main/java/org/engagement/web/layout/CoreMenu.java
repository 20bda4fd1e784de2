package org.engagement.web.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.user.Role;

/** The menu entries of the core features, as data in the same shape sector modules contribute theirs. */
final class CoreMenu {

    static final Set<Role> EVERYONE = EnumSet.of(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.LICENSING_OFFICER, Role.VIEWER);

    /** Licensing officers see drivers' training through their sector module, not the training pages. */
    static final Set<Role> TRAINING_READERS = EnumSet.of(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER);

    private CoreMenu() {
    }

    static List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("home", null, "Home", "/index.xhtml", "pi pi-home", 0, EVERYONE),
                new MenuEntry("organisations", null, "Organisations", "/organisations/list.xhtml", "pi pi-building", 10, EVERYONE),
                new MenuEntry("my-follow-ups", null, "My follow-ups", "/engagements/follow-ups.xhtml", "pi pi-check-square", 20,
                        EVERYONE),
                MenuEntry.group("training", "Training", "pi pi-book", 30, TRAINING_READERS),
                new MenuEntry("training-sessions", "training", "Sessions", "/training/sessions.xhtml", "pi pi-calendar", 10, TRAINING_READERS),
                new MenuEntry("training-report", "training", "Figures by quarter", "/training/report.xhtml", "pi pi-chart-bar", 20,
                        TRAINING_READERS),
                new MenuEntry("training-expiring", "training", "Expiring soon", "/training/expiring.xhtml", "pi pi-clock", 30,
                        TRAINING_READERS),
                new MenuEntry("training-courses", "training", "Courses", "/training/courses.xhtml", "pi pi-book", 40, TRAINING_READERS),
                new MenuEntry("safeguarding", null, "Safeguarding", "/safeguarding/overview.xhtml", "pi pi-shield", 30,
                        EnumSet.of(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER)),
                new MenuEntry("agreements", null, "Agreements", "/agreements/list.xhtml", "pi pi-file", 40,
                        EnumSet.of(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER)),
                MenuEntry.group("plan", "Action plan", "pi pi-flag", 50, EVERYONE),
                new MenuEntry("plan-plans", "plan", "Plans and actions", "/plan/plans.xhtml", "pi pi-list", 10, EVERYONE),
                new MenuEntry("plan-scorecard", "plan", "Scorecard", "/plan/scorecard.xhtml", "pi pi-chart-line", 20, EVERYONE),
                MenuEntry.group("admin", "Administration", "pi pi-cog", 900, EnumSet.of(Role.ADMIN)),
                new MenuEntry("admin-users", "admin", "User accounts", "/admin/users.xhtml", "pi pi-users", 10, EnumSet.of(Role.ADMIN)));
    }
}
