package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;

/**
 * The demo's retail sector, from the council report (8.3 and action 4.1): the Frenchgate Centre, the Transport
 * Interchange and the leisure trust, each with an active information-sharing agreement with the police, hotspot
 * concerns reported at the THRIVE meetings, and awareness visits. The leisure trust's agreement falls due for review
 * within weeks, so the industry lead has one to look at.
 */
@ApplicationScoped
public class RetailDemo {

    @Inject
    private RetailService retail;

    private record Site(String name, String type, String manager, int staff, boolean hotspot, String reference) {}

    private static final List<Site> SITES = List.of(
            new Site("Frenchgate Centre", "SHOPPING_CENTRE", "Carol Centre-Manager", 420, true, "ISA-FG-01"),
            new Site("Doncaster Transport Interchange", "TRANSPORT_HUB", "Tom Interchange", 85, true, "ISA-TI-01"),
            new Site("Doncaster Culture and Leisure Trust", "LEISURE", "Dee Leisure", 300, false, "ISA-DCLT-01"));

    void seed(DemoSeed seed, DemoRecords records) {
        for (int i = 0; i < SITES.size(); i++) {
            Site site = SITES.get(i);
            long id = records.organisation(site.name(), site.type(), "Bill Hotchkiss");
            long manager = records.contact(id, site.manager(), "centre manager");
            retail.savePremises(id, null, site.staff(), site.hotspot());
            retail.recordVisit(id, seed.today().minusMonths(2), "South Yorkshire Police", "CSE posters and leaflets");
            if (site.hotspot()) {
                retail.recordConcerns(id, seed.today().minusMonths(1), 3 - i);
            }
            LocalDate review = i == 2 ? seed.today().plusDays(20) : seed.today().plusMonths(10);
            records.activeAgreement(
                    site.name() + " intelligence sharing",
                    site.reference(),
                    "Security and staff report concerns about children at " + site.name() + " to the police",
                    id,
                    manager,
                    seed.policeId(),
                    seed.policeContactId(),
                    seed.today().minusMonths(2),
                    review);
        }
    }
}
