package org.engagement.plugins.faith;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.shared.Actor;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.StatementCounter;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.user.Role;
import org.engagement.plugins.faith.persistence.FaithRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faith overview on a real (in-memory) Derby migrated by the core's and the module's changelogs, with records
 * made through the core's services: each setting's step, the counts by community, the database's filters, sorting
 * and paging, and a cost in SQL statements that does not grow with the number of settings.
 */
class FaithOverviewPersistenceTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 12);

    private final TestDatabase db = new TestDatabase("db/changelog/faith/changelog.xml");
    private final Crm crm = new Crm(db, new FaithModule());

    private long notYetContacted;
    private long contacted;
    private long agreed;
    private long policyInDevelopment;
    private long policyAdopted;
    private long trained;

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T faith(Actor actor, Function<FaithService, T> work) {
        return crm.withModule(actor, FaithModule.ID, (core, em) -> work.apply(service(core, em)));
    }

    private static FaithService service(Crm.Services core, EntityManager em) {
        return new FaithService(new FaithRecords(em), core.organisationRecords(), core.history(), core.actor());
    }

    private long setting(String name, String type) {
        return crm.as(
                ADMIN,
                s -> s.organisations()
                        .create(Crm.organisation(name, type, "DN1 1AA"), true)
                        .getId());
    }

    private long visit(long organisation, LocalDate on) {
        return crm.as(
                ADMIN,
                s -> s.engagements()
                        .log(
                                organisation,
                                new EngagementDetails(
                                        on,
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Met the committee",
                                        null,
                                        List.of()))
                        .getId());
    }

    private void community(long organisation, String community, Long agreementEngagementId) {
        faith(
                ADMIN,
                f -> f.save(
                        organisation,
                        null,
                        new FaithProfileDetails(
                                null, null, community, "English", null, false, null, agreementEngagementId)));
    }

    private void policy(long organisation, PolicyStatus status) {
        crm.as(
                ADMIN,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                organisation,
                                0,
                                new ProfileDetails(
                                        status,
                                        status == PolicyStatus.ADOPTED ? MARCH : null,
                                        status == PolicyStatus.ADOPTED ? MARCH.plusYears(1) : null,
                                        Set.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)));
    }

    @BeforeEach
    void settingsAtEveryStepUpToTraining() {
        notYetContacted = setting("Jamia Masjid", "MOSQUE");
        community(notYetContacted, "Pakistani", null);
        contacted = setting("Masjid Noor", "MOSQUE");
        visit(contacted, MARCH);
        community(contacted, "Pakistani", null);
        agreed = setting("St Mary's Tamil Church", "CHURCH");
        community(agreed, "Tamil", visit(agreed, MARCH.plusDays(7)));
        visit(agreed, MARCH);
        policyInDevelopment = setting("Sri Murugan Temple", "TEMPLE");
        community(policyInDevelopment, "Tamil", null);
        policy(policyInDevelopment, PolicyStatus.IN_DEVELOPMENT);
        policyAdopted = setting("Guru Nanak Gurdwara", "GURDWARA");
        visit(policyAdopted, MARCH);
        policy(policyAdopted, PolicyStatus.ADOPTED);
        trained = setting("Al-Huda Madrassa", "MADRASSA");
        crm.as(
                ADMIN,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "CSE-AW", "Awareness", "AWARENESS", Delivery.FACE_TO_FACE, null, null)));
        crm.as(
                ADMIN,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "CSE-AW",
                                        MARCH.plusDays(3),
                                        "SUPPLEMENTARY_SCHOOL_STAFF",
                                        "Civic Office",
                                        "CSE team",
                                        12,
                                        List.of(trained)),
                                List.of()));
    }

    @Test
    void eachSettingIsAtTheFurthestStepItsRecordsShowAndTheAgreementDateIsThatOfItsEngagement() {
        assertThat(faith(VIEWER, f -> f.pathwayOf(notYetContacted)).currentLabel())
                .isEqualTo("No contact yet");
        assertThat(faith(VIEWER, f -> f.pathwayOf(contacted)).current()).isEqualTo(PathwayStep.CONTACT_MADE);
        Pathway agreedPathway = faith(VIEWER, f -> f.pathwayOf(agreed));
        assertThat(agreedPathway.current()).isEqualTo(PathwayStep.AGREED_TO_ENGAGE);
        assertThat(agreedPathway.steps())
                .extracting(Pathway.Step::status)
                .startsWith("Done 12 Mar 2026", "Done 19 Mar 2026", "Not yet");
        assertThat(faith(VIEWER, f -> f.pathwayOf(policyInDevelopment)).current())
                .isEqualTo(PathwayStep.POLICY_IN_DEVELOPMENT);
        assertThat(faith(VIEWER, f -> f.pathwayOf(policyAdopted)).current()).isEqualTo(PathwayStep.POLICY_ADOPTED);
        assertThat(faith(VIEWER, f -> f.pathwayOf(trained)).steps().get(4).status())
                .isEqualTo("Done 15 Mar 2026");
    }

    @Test
    void theCommunityTableCountsSettingsByCommunityAndStep() {
        List<FaithService.CommunityRow> rows = faith(VIEWER, FaithService::byCommunity);

        assertThat(rows)
                .extracting(FaithService.CommunityRow::community)
                .containsExactly("Not recorded", "Pakistani", "Tamil");
        assertThat(rows.get(0).counts()).containsExactly(0L, 0L, 0L, 0L, 1L, 1L, 0L);
        assertThat(rows.get(1).counts()).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(rows.get(2).counts()).containsExactly(0L, 0L, 1L, 1L, 0L, 0L, 0L);
        assertThat(rows).extracting(FaithService.CommunityRow::total).containsExactly(2L, 2L, 2L);
    }

    @Test
    void theDatabaseFiltersSortsAndPagesTheSettings() {
        assertThat(names(new OverviewSearch(null, null, "tam", null, "name", false, 0, 50)))
                .containsExactly("Sri Murugan Temple", "St Mary's Tamil Church");
        assertThat(names(new OverviewSearch(
                        null, null, null, PathwayStep.POLICY_ADOPTED.ordinal() + 1, null, false, 0, 50)))
                .containsExactly("Guru Nanak Gurdwara");
        assertThat(names(new OverviewSearch("MASJID", "MOSQUE", null, null, "step", true, 0, 50)))
                .containsExactly("Masjid Noor", "Jamia Masjid");
        var secondPage = faith(VIEWER, f -> f.overview(new OverviewSearch(null, null, null, null, "step", true, 2, 2)));
        assertThat(secondPage.total()).isEqualTo(6);
        assertThat(secondPage.items())
                .extracting(FaithService.OverviewRow::name, FaithService.OverviewRow::step)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sri Murugan Temple", "Safeguarding policy in development"),
                        org.assertj.core.groups.Tuple.tuple("St Mary's Tamil Church", "Agreed to engage"));
        assertThat(secondPage.items().get(1).type()).isEqualTo("Church");
    }

    @Test
    void theOverviewCostsTheSameNumberOfStatementsForSixSettingsAsForThirty() {
        int withSix = statementsForTheOverviewPage();

        for (int i = 0; i < 24; i++) {
            long more = setting("Community Church " + i, "CHURCH");
            visit(more, MARCH);
            community(more, i % 2 == 0 ? "Turkish/Kurdish" : "Polish", null);
        }
        int withThirty = statementsForTheOverviewPage();

        assertThat(faith(VIEWER, f -> f.overview(new OverviewSearch(null, null, null, null, null, false, 0, 50)))
                        .total())
                .isEqualTo(30);
        // The community table, the count of matching settings and the page: one statement each.
        assertThat(withSix).isEqualTo(3);
        assertThat(withThirty).isEqualTo(withSix);
    }

    private int statementsForTheOverviewPage() {
        StatementCounter.takeCount();
        faith(
                VIEWER,
                f -> List.of(
                        f.byCommunity(), f.overview(new OverviewSearch(null, null, null, null, null, false, 0, 50))));
        return StatementCounter.takeCount();
    }

    private List<String> names(OverviewSearch search) {
        return faith(VIEWER, f -> f.overview(search)).items().stream()
                .map(FaithService.OverviewRow::name)
                .toList();
    }
}
