package org.engagement.core.training;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;

/** Every training level and audience this application knows: the core's own, then each sector module's. */
@ApplicationScoped
public class TrainingCatalogue {

    public static final List<TrainingLevel> CORE_LEVELS = List.of(
            new TrainingLevel("E_LEARNING", "E-learning", 5),
            new TrainingLevel("AWARENESS", "Awareness", 10),
            new TrainingLevel("PREVENT", "Prevent", 15),
            new TrainingLevel("BASIC", "Basic safeguarding", 20),
            new TrainingLevel("LEVEL_2", "Level 2", 30),
            new TrainingLevel("LEVEL_3", "Level 3", 40));

    public static final List<Audience> CORE_AUDIENCES = List.of(
            new Audience("CHILDREN_YOUNG_PEOPLE", "Children and young people"),
            new Audience("PROFESSIONALS", "Professionals"),
            new Audience("PARENTS_CARERS", "Parents and foster carers"),
            new Audience("COMMUNITY", "Community", Set.of(Sector.FAITH, Sector.COMMUNITY)));

    @Inject
    private SectorModules modules;

    private Map<String, TrainingLevel> levels = Map.of();
    private Map<String, Audience> audiences = Map.of();

    protected TrainingCatalogue() {}

    /** For use as a plain library or in tests. */
    public TrainingCatalogue(SectorModules modules) {
        this.modules = modules;
        collect();
    }

    @PostConstruct
    void collect() {
        List<TrainingLevel> allLevels = new ArrayList<>(CORE_LEVELS);
        List<Audience> allAudiences = new ArrayList<>(CORE_AUDIENCES);
        for (SectorModule module : modules.all()) {
            allLevels.addAll(module.trainingLevels());
            module.trainingAudiences()
                    .forEach(a -> allAudiences.add(new Audience(a.code(), a.label(), Set.of(a.sector()))));
        }
        levels = byCode(allLevels, TrainingLevel::code, "training levels");
        audiences = byCode(allAudiences, Audience::code, "training audiences");
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code, String what) {
        Map<String, T> found = new LinkedHashMap<>();
        for (T item : items) {
            if (found.putIfAbsent(code.apply(item), item) != null) {
                throw new IllegalStateException("Two " + what + " use the code " + code.apply(item)
                        + ". Each sector module must use codes of its own.");
            }
        }
        return found;
    }

    public List<TrainingLevel> levels() {
        return List.copyOf(levels.values());
    }

    public List<Audience> audiences() {
        return List.copyOf(audiences.values());
    }

    public Optional<TrainingLevel> level(String code) {
        return Optional.ofNullable(code == null ? null : levels.get(code));
    }

    public Optional<Audience> audience(String code) {
        return Optional.ofNullable(code == null ? null : audiences.get(code));
    }

    public TrainingLevel requireLevel(String code) {
        return level(code)
                .orElseThrow(() -> new InvalidInputException(
                        "level",
                        code == null || code.isBlank()
                                ? "Choose the level of the course."
                                : "Unknown training level '" + code + "'. Levels are: "
                                        + String.join(", ", levels.keySet()) + "."));
    }

    public Audience requireAudience(String code) {
        return audience(code)
                .orElseThrow(() -> new InvalidInputException(
                        "audience",
                        code == null || code.isBlank()
                                ? "Choose who the session was for."
                                : "Unknown audience '" + code + "'. Audiences are: "
                                        + String.join(", ", audiences.keySet()) + "."));
    }

    /** The label to show for a stored code, even one whose module is no longer installed. */
    public String levelLabel(String code) {
        return level(code).map(TrainingLevel::label).orElse(code);
    }

    public String audienceLabel(String code) {
        return audience(code).map(Audience::label).orElse(code);
    }

    public int rank(String levelCode) {
        return level(levelCode).map(TrainingLevel::rank).orElse(0);
    }
}
