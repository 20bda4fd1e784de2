package org.engagement.core.spi;

import java.util.List;
import java.util.Optional;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.training.TrainingLevel;

/**
 * A sector module: a JAR that adds what only one sector needs. Implement it as a CDI bean; the
 * application discovers every bean of this type at start-up. Every method but {@link #id()} and
 * {@link #displayName()} has an empty default, so a module declares only what it adds.
 */
public interface SectorModule {

    /** Stable and unique, e.g. {@code housing}; also the folder of its pages under {@code META-INF/resources/}. */
    String id();

    String displayName();

    /** Lower comes first in menus and lists. */
    default int order() {
        return 100;
    }

    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /**
     * Who may open the module's pages (its folder, and single pages for fewer roles). The web application enforces
     * these, and each menu entry's roles for its page, on top of requiring a signed-in user for every page.
     */
    default List<PageAccess> pageAccess() {
        return List.of();
    }

    /** Organisation types the module adds, e.g. a place of worship; codes must not clash with other modules'. */
    default List<OrganisationType> organisationTypes() {
        return List.of();
    }

    /** Training levels the module adds, e.g. a licensing authority's driver course; codes must not clash. */
    default List<TrainingLevel> trainingLevels() {
        return List.of();
    }

    /** Classpath location of the module's own Liquibase changelog, applied after the core's. */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /** Tabs on the organisation page, each a Facelets fragment the module ships. */
    default List<OrganisationTab> organisationTabs() {
        return List.of();
    }

    /** Panels on the home page, each a Facelets fragment the module ships. */
    default List<DashboardWidget> dashboardWidgets() {
        return List.of();
    }

    /** Groups of people the module's sector trains, offered by the training feature. */
    default List<TrainingAudience> trainingAudiences() {
        return List.of();
    }

    /** Registers of people the module keeps (e.g. licensed drivers); the core shows them only to each register's readers. */
    default List<PeopleRegister> peopleRegisters() {
        return List.of();
    }

    /** Audit templates the safeguarding feature can import. */
    default List<AuditTemplateContribution> auditTemplates() {
        return List.of();
    }

    /** Figures the module computes for the scorecard and for actions' measures, e.g. drivers with valid training. */
    default List<FigureContribution> figures() {
        return List.of();
    }

    /**
     * Adds the module's part of the demo partnership to an empty database, after the core's part, through the same
     * services users' work goes through ({@code records}). Runs in the seed's one transaction: a failure leaves no demo
     * at all.
     */
    default void seedDemo(DemoSeed seed, DemoRecords records) {}

    /**
     * Puts in place what the module needs before its first use (its course in the core's catalogue, say). Runs once at
     * start-up, after the schema is migrated and before the demo is seeded or any request served, outside any
     * transaction, as "system" with an administrator's roles. It must be safe to run on every start.
     */
    default void prepare() {}
}
