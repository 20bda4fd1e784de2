package org.engagement.plugins.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.engagement.plugins.housing.persistence.LandlordProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The housing module on a real (in-memory) Derby migrated by the core's and the module's changelogs, with
 * organisations made through the core's services: a landlord's details are saved with their history, concurrent
 * edits and bad input are refused without losing anything, and the summary by scheme adds up.
 */
class HousingServicePersistenceTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor INDUSTRY_LEAD = new FixedActor("irene", Set.of(Role.INDUSTRY_LEAD));
    private static final Actor FAITH_LEAD = new FixedActor("farah", Set.of(Role.FAITH_LEAD));

    private final TestDatabase db = new TestDatabase("db/changelog/housing/changelog.xml");
    private final Crm crm = new Crm(db, new HousingModule());

    private long landlord;
    private long agent;

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T housing(Actor actor, Function<HousingService, T> work) {
        return crm.withModule(actor, HousingModule.ID, (core, em) -> work.apply(service(core, em)));
    }

    private static HousingService service(Crm.Services core, EntityManager em) {
        return new HousingService(new LandlordProfiles(em), core.organisationRecords(), core.history(), core.actor());
    }

    private long organisation(String name, String type) {
        return crm.as(
                ADMIN,
                s -> s.organisations()
                        .create(Crm.organisation(name, type, "DN1 1AA"), true)
                        .getId());
    }

    @BeforeEach
    void aLandlordAndALettingAgent() {
        landlord = organisation("Ridgeway Lettings Ltd", HousingModule.LANDLORD);
        agent = organisation("Town Centre Homes", HousingModule.LETTING_AGENT);
    }

    @Test
    void aLandlordsDetailsAreSavedAndShowInTheOrganisationsHistory() {
        housing(INDUSTRY_LEAD, h -> h.save(landlord, null, 12, "  Selective licensing: Hexthorpe  "));

        LandlordProfile saved =
                housing(INDUSTRY_LEAD, h -> h.profileOf(landlord)).orElseThrow();
        assertThat(saved.getPropertyCount()).isEqualTo(12);
        assertThat(saved.getLicensingScheme()).isEqualTo("Selective licensing: Hexthorpe");
        assertThat(saved.getUpdatedBy()).isEqualTo("irene");

        List<ChangeLogEntry> history =
                crm.as(ADMIN, s -> s.changeLog().historyOf(OrganisationService.RECORD_TYPE, landlord));
        assertThat(history)
                .filteredOn(e -> e.getSummary().equals("Housing details changed"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getChangedBy()).isEqualTo("irene");
                    assertThat(e.getChanges())
                            .anySatisfy(c -> assertThat(c.getAfter()).isEqualTo("12"));
                });
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedAndTheNewerOneKept() {
        housing(INDUSTRY_LEAD, h -> h.save(landlord, null, 12, null));
        long seen =
                housing(INDUSTRY_LEAD, h -> h.profileOf(landlord)).orElseThrow().getVersion();
        housing(ADMIN, h -> h.save(landlord, seen, 15, null));

        assertThatThrownBy(() -> housing(INDUSTRY_LEAD, h -> h.save(landlord, seen, 20, null)))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> housing(INDUSTRY_LEAD, h -> h.save(landlord, null, 20, null)))
                .as("details that exist cannot be created again")
                .isInstanceOf(StaleRecordException.class);
        assertThat(housing(INDUSTRY_LEAD, h -> h.profileOf(landlord))
                        .orElseThrow()
                        .getPropertyCount())
                .isEqualTo(15);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        String longScheme = "x".repeat(101);
        assertThatThrownBy(() -> housing(INDUSTRY_LEAD, h -> h.save(landlord, null, -1, longScheme)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("propertyCount", "licensingScheme"));
        Optional<LandlordProfile> nothingSaved = housing(INDUSTRY_LEAD, h -> h.profileOf(landlord));
        assertThat(nothingSaved).isEmpty();

        long employer = organisation("Northern Foods", "BUSINESS");
        assertThatThrownBy(() -> housing(INDUSTRY_LEAD, h -> h.save(employer, null, 3, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("landlords and letting agents"));
    }

    @Test
    void onlyTheSectorsRolesChangeDetailsOrSeeTheFigures() {
        assertThatThrownBy(() -> housing(FAITH_LEAD, h -> h.save(landlord, null, 12, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> housing(FAITH_LEAD, HousingService::bySchemeSummary))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSummaryCountsLandlordsAndPropertiesByScheme() {
        long another = organisation("Doncaster Homes", HousingModule.LANDLORD);
        housing(INDUSTRY_LEAD, h -> h.save(landlord, null, 12, "Hexthorpe"));
        housing(INDUSTRY_LEAD, h -> h.save(another, null, 8, "Hexthorpe"));
        housing(INDUSTRY_LEAD, h -> h.save(agent, null, 30, null));

        assertThat(housing(INDUSTRY_LEAD, HousingService::bySchemeSummary))
                .containsExactly(
                        new SchemeCount("Not a member of a scheme", 1, 30), new SchemeCount("Hexthorpe", 2, 20));
    }
}
