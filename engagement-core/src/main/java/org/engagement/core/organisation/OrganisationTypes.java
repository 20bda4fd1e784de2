package org.engagement.core.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;

/** Every organisation type this application knows: the core's own, then each sector module's, in module order. */
@ApplicationScoped
public class OrganisationTypes {

    public static final List<OrganisationType> CORE = List.of(
            new OrganisationType("COMMUNITY_GROUP", "Community group", Sector.COMMUNITY),
            new OrganisationType("SCHOOL", "School or college", Sector.COMMUNITY),
            new OrganisationType("PARTNER_AGENCY", "Partner agency", Sector.STATUTORY),
            // Industry modules add specific types (takeaway, shopping centre); this one lets a business be recorded
            // without them.
            new OrganisationType("BUSINESS", "Business or employer", Sector.INDUSTRY),
            new OrganisationType("OTHER", "Other", Sector.COMMUNITY));

    @Inject
    private SectorModules modules;

    private Map<String, OrganisationType> byCode = Map.of();

    protected OrganisationTypes() {}

    /** For use as a plain library or in tests. */
    public OrganisationTypes(SectorModules modules) {
        this.modules = modules;
        collect();
    }

    @PostConstruct
    void collect() {
        List<OrganisationType> all = new ArrayList<>(CORE);
        for (SectorModule module : modules.all()) {
            all.addAll(module.organisationTypes());
        }
        Map<String, OrganisationType> found = new LinkedHashMap<>();
        for (OrganisationType type : all) {
            if (found.putIfAbsent(type.code(), type) != null) {
                throw new IllegalStateException("Two organisation types use the code " + type.code()
                        + ". Each sector module must use codes of its own.");
            }
        }
        byCode = found;
    }

    public List<OrganisationType> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<OrganisationType> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The type with this code, or a field error naming the types there are. */
    public OrganisationType require(String code) {
        return byCode(code)
                .orElseThrow(() -> new InvalidInputException(
                        "type",
                        code == null || code.isBlank()
                                ? "Choose the type of organisation."
                                : "Unknown organisation type '" + code + "'. Types are: "
                                        + String.join(", ", byCode.keySet()) + "."));
    }

    /** The label to show for a stored code, even one whose module is no longer installed. */
    public String label(String code) {
        return byCode(code).map(OrganisationType::label).orElse(code);
    }
}
