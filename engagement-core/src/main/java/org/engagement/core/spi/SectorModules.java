package org.engagement.core.spi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.shared.Actor;

/** The sector modules this application was built with, in order. Two modules with one id stop start-up. */
@ApplicationScoped
public class SectorModules {

    @Inject
    @Any
    private Instance<SectorModule> discovered;

    private List<SectorModule> modules = List.of();

    protected SectorModules() {}

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

    /**
     * Who may open each module page: what the modules declare, and the roles of each of their menu entries for its page
     * (a page in the menu is never open to more roles than see it there).
     */
    public List<PageAccess> pageAccess() {
        List<PageAccess> declared = new ArrayList<>();
        for (SectorModule module : modules) {
            declared.addAll(module.pageAccess());
            module.menuEntries().stream()
                    .filter(entry -> !entry.isGroup())
                    .forEach(entry -> declared.add(new PageAccess(entry.view(), entry.roles())));
        }
        return declared;
    }

    /** The most specific declaration covering the path, if any module declares one. */
    public Optional<PageAccess> pageAccessFor(String path) {
        return pageAccess().stream()
                .filter(access -> access.covers(path))
                .max(Comparator.comparingInt(PageAccess::specificity));
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

    /** Of these people, those held in a module's register that none of the actor's roles may read. */
    public Set<Long> hiddenFrom(Actor actor, Collection<Long> personIds) {
        Set<Long> hidden = new HashSet<>();
        if (personIds.isEmpty()) {
            return hidden;
        }
        for (SectorModule module : modules) {
            for (PeopleRegister register : module.peopleRegisters()) {
                if (Collections.disjoint(register.readers(), actor.roles())) {
                    hidden.addAll(register.registered(personIds));
                }
            }
        }
        return hidden;
    }

    public List<FigureContribution> figures() {
        return modules.stream().flatMap(m -> m.figures().stream()).toList();
    }
}
