package org.engagement.core.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;

/**
 * The core's organisations as modules may use them: read one the user may see, check they may change it, name its
 * type, list its engagements, and create an organisation of the module's own type (a taxi operator named in a driver
 * register). Every call applies the core's own rules and role checks, and writes the core's change history, exactly
 * as the core's pages do; a module never touches the organisation tables itself.
 */
@ApplicationScoped
public class OrganisationRecords {

    /**
     * The change history's record type of an organisation: a module writes a change to its own details of an
     * organisation under it (through {@link RecordHistory}), so the change shows in the organisation's history.
     */
    public static final String RECORD_TYPE = OrganisationService.RECORD_TYPE;

    @Inject
    private OrganisationService organisations;

    @Inject
    private EngagementService engagements;

    protected OrganisationRecords() {}

    /** Outside a container (a module's persistence tests). */
    public OrganisationRecords(OrganisationService organisations, EngagementService engagements) {
        this.organisations = organisations;
        this.engagements = engagements;
    }

    /** An engagement with an organisation, as a module lists it. */
    public record EngagementRef(long id, LocalDate date, String typeLabel, String summary) {}

    /** The organisation; refused as the core refuses it when it does not exist or the user may not see it. */
    public OrganisationRef get(long id) {
        return OrganisationRef.of(organisations.get(id));
    }

    /** The organisation, refused unless the user may change it. */
    public OrganisationRef getEditable(long id) {
        return OrganisationRef.of(organisations.getEditable(id));
    }

    /** Whether the user may change the organisation (and so the module's details of it). */
    public boolean mayEdit(long id) {
        return organisations.canEdit(organisations.get(id));
    }

    /** The label of an organisation type, by its code, as the core's pages show it. */
    public String typeLabel(String typeCode) {
        return organisations.typeLabel(typeCode);
    }

    /** The organisation's engagements, newest first, as the core records them. */
    public List<EngagementRef> engagementsWith(long organisationId) {
        return engagements.engagementsWith(organisationId).stream()
                .map(OrganisationRecords::ref)
                .toList();
    }

    /**
     * Creates active organisations with only a name and a type (e.g. the operators a register names that are not on
     * file yet), with a note of where they came from, in the order of the names. No duplicate check: the module has
     * matched names itself. Each gets its own history entry.
     */
    public List<OrganisationRef> createActive(List<String> names, String typeCode, String notes) {
        return organisations
                .createAll(names.stream()
                        .map(name -> OrganisationDetails.active(name, typeCode, null, null, notes))
                        .toList())
                .stream()
                .map(OrganisationRef::of)
                .toList();
    }

    private static EngagementRef ref(Engagement engagement) {
        return new EngagementRef(
                engagement.getId(), engagement.getDate(), engagement.getType().label(), engagement.getSummary());
    }
}
