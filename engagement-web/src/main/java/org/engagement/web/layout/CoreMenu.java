package org.engagement.web.layout;

import java.util.List;
import org.engagement.core.access.RoleSets;
import org.engagement.core.spi.MenuEntry;

/**
 * The menu entries of the core features, as data in the same shape sector modules contribute theirs. Licensing officers see
 * drivers' training through their sector module, not the training pages.
 */
final class CoreMenu {

    private CoreMenu() {}

    static List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("home", null, "Home", "/index.xhtml", "pi pi-home", 0, RoleSets.PAGE_ACCOUNTS),
                new MenuEntry(
                        "organisations",
                        null,
                        "Organisations",
                        "/organisations/list.xhtml",
                        "pi pi-building",
                        10,
                        RoleSets.PAGE_USERS),
                MenuEntry.group("import", "Import", "pi pi-upload", 15, RoleSets.IMPORTERS),
                new MenuEntry(
                        "import-organisations",
                        "import",
                        "Organisations",
                        "/organisations/import.xhtml",
                        "pi pi-building",
                        10,
                        RoleSets.IMPORTERS),
                new MenuEntry(
                        "import-people",
                        "import",
                        "People and their roles",
                        "/people/import.xhtml",
                        "pi pi-users",
                        20,
                        RoleSets.IMPORTERS),
                new MenuEntry(
                        "import-engagements",
                        "import",
                        "Past engagements",
                        "/engagements/import.xhtml",
                        "pi pi-comments",
                        30,
                        RoleSets.IMPORTERS),
                new MenuEntry(
                        "my-follow-ups",
                        null,
                        "My follow-ups",
                        "/engagements/follow-ups.xhtml",
                        "pi pi-check-square",
                        20,
                        RoleSets.PAGE_USERS),
                MenuEntry.group("training", "Training", "pi pi-book", 30, RoleSets.TRAINING_READERS),
                new MenuEntry(
                        "training-sessions",
                        "training",
                        "Sessions",
                        "/training/sessions.xhtml",
                        "pi pi-calendar",
                        10,
                        RoleSets.TRAINING_READERS),
                new MenuEntry(
                        "training-report",
                        "training",
                        "Figures by quarter",
                        "/training/report.xhtml",
                        "pi pi-chart-bar",
                        20,
                        RoleSets.TRAINING_READERS),
                new MenuEntry(
                        "training-expiring",
                        "training",
                        "Expiring soon",
                        "/training/expiring.xhtml",
                        "pi pi-clock",
                        30,
                        RoleSets.TRAINING_READERS),
                new MenuEntry(
                        "training-courses",
                        "training",
                        "Courses",
                        "/training/courses.xhtml",
                        "pi pi-book",
                        40,
                        RoleSets.TRAINING_READERS),
                new MenuEntry(
                        "safeguarding",
                        null,
                        "Safeguarding",
                        "/safeguarding/overview.xhtml",
                        "pi pi-shield",
                        30,
                        RoleSets.AUDIT_READERS),
                new MenuEntry(
                        "agreements",
                        null,
                        "Agreements",
                        "/agreements/list.xhtml",
                        "pi pi-file",
                        40,
                        RoleSets.AGREEMENT_READERS),
                MenuEntry.group("plan", "Action plan", "pi pi-flag", 50, RoleSets.PAGE_USERS),
                new MenuEntry(
                        "plan-plans",
                        "plan",
                        "Plans and actions",
                        "/plan/plans.xhtml",
                        "pi pi-list",
                        10,
                        RoleSets.PAGE_USERS),
                new MenuEntry(
                        "plan-scorecard",
                        "plan",
                        "Scorecard",
                        "/plan/scorecard.xhtml",
                        "pi pi-chart-line",
                        20,
                        RoleSets.PAGE_USERS),
                MenuEntry.group("privacy", "Data protection", "pi pi-eye", 800, RoleSets.DATA_PROTECTION_OFFICERS),
                new MenuEntry(
                        "privacy-people",
                        "privacy",
                        "Find a person",
                        "/privacy/people.xhtml",
                        "pi pi-search",
                        10,
                        RoleSets.DATA_PROTECTION_OFFICERS),
                new MenuEntry(
                        "privacy-access-log",
                        "privacy",
                        "Access log",
                        "/privacy/access-log.xhtml",
                        "pi pi-list",
                        20,
                        RoleSets.DATA_PROTECTION_OFFICERS),
                new MenuEntry(
                        "privacy-retention",
                        "privacy",
                        "Retention schedule",
                        "/privacy/retention.xhtml",
                        "pi pi-calendar-times",
                        30,
                        RoleSets.DATA_PROTECTION_OFFICERS),
                new MenuEntry(
                        "privacy-record",
                        "privacy",
                        "Record of processing",
                        "/privacy/record.xhtml",
                        "pi pi-book",
                        40,
                        RoleSets.DATA_PROTECTION_OFFICERS),
                new MenuEntry(
                        "privacy-log-integrity",
                        "privacy",
                        "Log integrity check",
                        "/privacy/log-integrity.xhtml",
                        "pi pi-shield",
                        50,
                        RoleSets.DATA_PROTECTION_OFFICERS),
                MenuEntry.group("admin", "Administration", "pi pi-cog", 900, RoleSets.ADMINS),
                new MenuEntry(
                        "admin-users",
                        "admin",
                        "User accounts",
                        "/admin/users.xhtml",
                        "pi pi-users",
                        10,
                        RoleSets.ADMINS),
                new MenuEntry(
                        "admin-security-log",
                        "admin",
                        "Security log",
                        "/admin/security-log.xhtml",
                        "pi pi-lock",
                        20,
                        RoleSets.ADMINS),
                new MenuEntry(
                        "admin-duplicates",
                        "admin",
                        "Possible duplicates",
                        "/admin/duplicates.xhtml",
                        "pi pi-clone",
                        30,
                        RoleSets.ADMINS));
    }
}
