package org.engagement.web.layout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.user.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu, built from data: the core's entries and every sector module's, ordered, and filtered
 * to what the signed-in user's roles allow. An empty group is not shown.
 */
@Named
@RequestScoped
public class NavigationMenu {

    @Inject
    private SectorModules modules;

    @Inject
    private Actor actor;

    private final MenuModel model = new DefaultMenuModel();

    @PostConstruct
    void build() {
        Set<Role> roles = actor.roles();
        List<MenuEntry> entries = new ArrayList<>(CoreMenu.entries());
        entries.addAll(modules.menuEntries());
        entries.removeIf(e -> !e.visibleTo(roles));
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::label));
        for (MenuEntry entry : entries) {
            if (entry.parent() != null) {
                continue;
            }
            if (entry.isGroup()) {
                DefaultSubMenu group = DefaultSubMenu.builder()
                        .id("menu-" + entry.id())
                        .label(entry.label())
                        .icon(entry.icon())
                        .build();
                entries.stream()
                        .filter(child -> entry.id().equals(child.parent()))
                        .forEach(child -> group.getElements().add(item(child)));
                if (!group.getElements().isEmpty()) {
                    model.getElements().add(group);
                }
            } else {
                model.getElements().add(item(entry));
            }
        }
    }

    private static DefaultMenuItem item(MenuEntry entry) {
        return DefaultMenuItem.builder()
                .id("menu-" + entry.id())
                .value(entry.label())
                .icon(entry.icon())
                .outcome(entry.view())
                .build();
    }

    public MenuModel getModel() {
        return model;
    }
}
