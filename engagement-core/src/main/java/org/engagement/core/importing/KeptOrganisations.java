package org.engagement.core.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Postcode;
import org.engagement.core.shared.InvalidInputException;

/**
 * The organisation a row of people or engagements belongs to, found by its name and postcode as the organisation
 * import matches them (name ignoring case and spacing), and only if the user may add records to it. Each organisation
 * is looked up once per file, however many rows name it.
 */
final class KeptOrganisations {

    static final String NAME = "organisation";
    static final String POSTCODE = "organisationPostcode";

    private final OrganisationRepository repository;
    private final OrganisationService organisations;
    private final Map<String, Optional<Organisation>> found = new HashMap<>();

    KeptOrganisations(OrganisationRepository repository, OrganisationService organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    /** The row's organisation, or null with the reason among the row's problems. */
    Organisation of(ImportRow<?> row) {
        String name = row.value(NAME);
        String postcodeText = row.value(POSTCODE);
        if (name == null) {
            row.problem(NAME, "Give the name of the organisation, as it is recorded here.");
        }
        Postcode postcode = null;
        if (postcodeText == null) {
            row.problem(POSTCODE, "Give the organisation's postcode, as it is recorded here.");
        } else {
            try {
                postcode = Postcode.of(postcodeText);
            } catch (InvalidInputException refused) {
                row.problem(POSTCODE, refused.errors().get(0).message());
            }
        }
        if (name == null || postcode == null) {
            return null;
        }
        String nameKey = Organisation.nameKey(name);
        Postcode at = postcode;
        Optional<Organisation> organisation = found.computeIfAbsent(
                nameKey + "|" + at.value(), key -> repository.findByNameKeyAndPostcode(nameKey, at));
        if (organisation.isEmpty()) {
            row.problem(
                    NAME,
                    "No organisation called " + name + " at " + at.value()
                            + " is recorded. Import or add the organisation first, or correct its name or postcode.");
            return null;
        }
        if (!organisations.canEdit(organisation.get())) {
            row.problem(
                    NAME,
                    "You cannot add records to " + organisation.get().getName() + ": it is in the "
                            + organisation.get().getSector().label() + " sector, which your role does not edit.");
            return null;
        }
        return organisation.get();
    }
}
