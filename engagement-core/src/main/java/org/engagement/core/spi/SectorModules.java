package org.engagement.core.spi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sector modules this application was built with, in order. Two modules with one id stop start-up. */
@ApplicationScoped
public class SectorModules {

    @Inject
    @Any
    private Instance<SectorModule> discovered;

    private List<SectorModule> modules = List.of();

    protected SectorModules() {
    }

    /** For use as a plain library or in tests, with modules found some other way. */
    public SectorModules(List<SectorModule> modules) {
        this.modules = checked(modules);
    }

    @PostConstruct
    void discover() {
        List<SectorModule> found = new ArrayList<>();
        discovered.forEach(found::add);
        modules = checked(found);
    }

    private static List<SectorModule> checked(List<SectorModule> candidates) {
        Map<String, SectorModule> byId = new HashMap<>();
        for (SectorModule module : candidates) {
            SectorModule clash = byId.putIfAbsent(module.id(), module);
            if (clash != null) {
                throw new DuplicateModuleException(module.id(), clash, module);
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(SectorModule::order).thenComparing(SectorModule::id))
                .toList();
    }

    public List<SectorModule> all() {
        return modules;
    }

    public Optional<SectorModule> byId(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<String> changelogs() {
        return modules.stream().flatMap(m -> m.changelog().stream()).toList();
    }

    public List<MenuEntry> menuEntries() {
        return modules.stream().flatMap(m -> m.menuEntries().stream()).toList();
    }

    public List<OrganisationTab> organisationTabs() {
        return modules.stream().flatMap(m -> m.organisationTabs().stream()).toList();
    }

    public List<DashboardWidget> dashboardWidgets() {
        return modules.stream().flatMap(m -> m.dashboardWidgets().stream()).toList();
    }

    public List<TrainingAudience> trainingAudiences() {
        return modules.stream().flatMap(m -> m.trainingAudiences().stream()).toList();
    }

    public List<AuditTemplateContribution> auditTemplates() {
        return modules.stream().flatMap(m -> m.auditTemplates().stream()).toList();
    }
}
