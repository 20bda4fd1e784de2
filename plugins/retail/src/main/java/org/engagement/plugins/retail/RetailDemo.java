package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.DemoSeed;

/**
 * The demo's retail sector, from the council report (8.3 and action 4.1): the Frenchgate Centre, the Transport
 * Interchange and the leisure trust, each with an active information-sharing agreement with the police, hotspot
 * concerns reported at the THRIVE meetings, and awareness visits. The leisure trust's agreement falls due for review
 * next month, so the industry lead has one to look at.
 */
@ApplicationScoped
public class RetailDemo {

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private AgreementService agreements;

    @Inject
    private RetailService retail;

    private record Site(String name, String type, String manager, int staff, boolean hotspot, String reference) {}

    private static final List<Site> SITES = List.of(
            new Site("Frenchgate Centre", "SHOPPING_CENTRE", "Carol Centre-Manager", 420, true, "ISA-FG-01"),
            new Site("Doncaster Transport Interchange", "TRANSPORT_HUB", "Tom Interchange", 85, true, "ISA-TI-01"),
            new Site("Doncaster Culture and Leisure Trust", "LEISURE", "Dee Leisure", 300, false, "ISA-DCLT-01"));

    void seed(DemoSeed seed) {
        long policeContact = firstContactOf(seed.policeId());
        for (int i = 0; i < SITES.size(); i++) {
            Site site = SITES.get(i);
            long id = organisation(site);
            long manager = contacts.addContact(
                            id,
                            new PersonDetails(
                                    site.manager(), null, null, "English", null, LawfulBasis.PUBLIC_TASK, null),
                            "centre manager")
                    .personId();
            retail.savePremises(id, null, site.staff(), site.hotspot());
            retail.recordVisit(id, seed.today().minusMonths(2), "South Yorkshire Police", "CSE posters and leaflets");
            if (site.hotspot()) {
                retail.recordConcerns(id, seed.today().minusMonths(1), 3 - i);
            }
            LocalDate review = i == 2 ? seed.today().plusDays(20) : seed.today().plusMonths(10);
            activeAgreement(seed, site, id, manager, policeContact, review);
        }
    }

    private long organisation(Site site) {
        return organisations
                .create(
                        new OrganisationDetails(
                                site.name(),
                                site.type(),
                                null,
                                null,
                                "Doncaster",
                                null,
                                "Town",
                                null,
                                null,
                                null,
                                OrganisationStatus.ACTIVE,
                                "Bill Hotchkiss",
                                Set.of(),
                                "Demo partnership",
                                null),
                        true)
                .getId();
    }

    private long firstContactOf(long organisationId) {
        return contacts.contactsOf(organisationId).stream()
                .map(Contact::personId)
                .findFirst()
                .orElseThrow();
    }

    private void activeAgreement(
            DemoSeed seed, Site site, long siteId, long manager, long policeContact, LocalDate review) {
        LocalDate signed = seed.today().minusMonths(2);
        InformationSharingAgreement draft = agreements.create(new AgreementDetails(
                site.name() + " intelligence sharing",
                site.reference(),
                "Security and staff report concerns about children at " + site.name() + " to the police",
                "Bill Hotchkiss",
                LawfulBasis.PUBLIC_TASK,
                false,
                null,
                "Descriptions of concerns, times and places; no names of children",
                Set.of(SharingMethod.SECURE_EMAIL, SharingMethod.MEETINGS),
                "Two years after the concern is closed",
                false,
                null,
                null,
                signed,
                review,
                null,
                List.of(
                        new PartyDetails(siteId, manager, signed),
                        new PartyDetails(seed.policeId(), policeContact, signed))));
        InformationSharingAgreement inReview =
                agreements.moveTo(draft.getId(), draft.getVersion(), AgreementStatus.IN_REVIEW);
        agreements.moveTo(inReview.getId(), inReview.getVersion(), AgreementStatus.ACTIVE);
    }
}
