package org.engagement.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.DashboardWidget;
import org.engagement.core.spi.SectorModules;

/** The home page's panels contributed by sector modules, those the signed-in user's roles allow, ordered. */
@Named
@RequestScoped
public class DashboardWidgets {

    @Inject
    private SectorModules modules;

    @Inject
    private Actor actor;

    public List<DashboardWidget> getVisible() {
        return modules.dashboardWidgets().stream()
                .filter(w -> w.visibleTo(actor.roles()))
                .sorted(Comparator.comparingInt(DashboardWidget::order).thenComparing(DashboardWidget::title))
                .toList();
    }
}
