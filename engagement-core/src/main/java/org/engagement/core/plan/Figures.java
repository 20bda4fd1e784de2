package org.engagement.core.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.SectorModules;

/** Every figure a measure can be bound to: the core's, then each sector module's. Two figures with one id stop start-up. */
@ApplicationScoped
public class Figures {

    @Inject
    private CoreFigures core;

    @Inject
    private SectorModules modules;

    private Map<String, FigureContribution> byId = Map.of();

    protected Figures() {}

    /** For use as a plain library or in tests. */
    public Figures(CoreFigures core, SectorModules modules) {
        this.core = core;
        this.modules = modules;
        collect();
    }

    @PostConstruct
    void collect() {
        List<FigureContribution> all = new ArrayList<>(core.figures());
        all.addAll(modules.figures());
        Map<String, FigureContribution> found = new LinkedHashMap<>();
        for (FigureContribution figure : all) {
            if (found.putIfAbsent(figure.id(), figure) != null) {
                throw new IllegalStateException("Two figures share the id '" + figure.id() + "'; each must be unique.");
            }
        }
        byId = found;
    }

    public List<FigureContribution> all() {
        return List.copyOf(byId.values());
    }

    public Optional<FigureContribution> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
