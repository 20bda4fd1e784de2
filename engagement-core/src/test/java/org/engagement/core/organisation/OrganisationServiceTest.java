package org.engagement.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.TEST_INDUSTRY_TYPE;
import static org.engagement.core.testing.Crm.organisation;

import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeAction;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisation rules on a real (in-memory) Derby migrated by the real changelogs. */
class OrganisationServiceTest {

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Organisation createAsAdmin(String name, String type, String postcode) {
        return crm.as(FixedActor.admin(), s -> s.organisations().create(organisation(name, type, postcode), false));
    }

    @Test
    void createdOrganisationHasNormalisedPostcodeAndSectorFromItsType() {
        Organisation created = createAsAdmin("Doncaster Central Mosque", "COMMUNITY_GROUP", "dn1 1aa");

        Organisation loaded = crm.as(FixedActor.admin(), s -> s.organisations().get(created.getId()));
        assertThat(loaded.getPostcodeText()).isEqualTo("DN1 1AA");
        assertThat(loaded.getSector()).isEqualTo(Sector.COMMUNITY);
        assertThat(createAsAdmin("Police", "PARTNER_AGENCY", null).getSector()).isEqualTo(Sector.STATUTORY);
        assertThat(createAsAdmin("Chicken Hut", TEST_INDUSTRY_TYPE, null).getSector())
                .isEqualTo(Sector.INDUSTRY);
    }

    @Test
    void malformedPostcodeMissingNameAndUnknownTypeAreRefusedByField() {
        assertThatThrownBy(() -> createAsAdmin("", "COMMUNITY_GROUP", "DN1"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("postcode", "name"));
        assertThatThrownBy(() -> createAsAdmin("Somewhere", "SPACESHIP", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("type"));
    }

    @Test
    void sameNameAndPostcodeIsALikelyDuplicateUnlessForced() {
        Organisation first = createAsAdmin("St Mary's  Church", "COMMUNITY_GROUP", "DN1 1AA");

        assertThatThrownBy(() -> createAsAdmin("st mary's church", "COMMUNITY_GROUP", "dn11aa"))
                .isInstanceOfSatisfying(
                        LikelyDuplicateException.class,
                        e -> assertThat(e.existingId()).isEqualTo(first.getId()));
        Organisation forced = crm.as(
                FixedActor.admin(),
                s -> s.organisations().create(organisation("ST MARY'S CHURCH", "COMMUNITY_GROUP", "DN1 1AA"), true));
        assertThat(forced.getId()).isNotEqualTo(first.getId());
        assertThat(createAsAdmin("St Mary's Church", "COMMUNITY_GROUP", "DN2 2BB")
                        .getId())
                .isNotNull();
    }

    @Test
    void organisationsCreatedTogetherEachHaveTheirOwnHistoryAndTheSameSectorRules() {
        List<Organisation> created = crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.organisations()
                        .createAll(List.of(
                                organisation("Cabs One", TEST_INDUSTRY_TYPE, null),
                                organisation("Cabs Two", TEST_INDUSTRY_TYPE, null))));

        assertThat(created).extracting(Organisation::getName).containsExactly("Cabs One", "Cabs Two");
        for (Organisation organisation : created) {
            var history = db.inTransaction(em -> new org.engagement.core.audit.ChangeLog(em, FixedActor.admin())
                    .historyOf(OrganisationService.RECORD_TYPE, organisation.getId()));
            assertThat(history).singleElement().satisfies(entry -> {
                assertThat(entry.getAction()).isEqualTo(ChangeAction.CREATED);
                assertThat(entry.getChangedBy()).isEqualTo("ian");
                assertThat(entry.getSummary()).isEqualTo("Organisation " + organisation.getName() + " created");
            });
        }
        // One school among them, which an industry lead may not create: none is created.
        assertThatThrownBy(() -> crm.as(
                        "ian",
                        Role.INDUSTRY_LEAD,
                        s -> s.organisations()
                                .createAll(List.of(
                                        organisation("Cabs Three", TEST_INDUSTRY_TYPE, null),
                                        organisation("A School", "SCHOOL", null)))))
                .isInstanceOf(AccessDeniedException.class);
        long cabsThree = db.inTransaction(
                em -> em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.name = 'Cabs Three'", Long.class)
                        .getSingleResult());
        assertThat(cabsThree).isZero();
    }

    @ParameterizedTest(name = "{0} creating {1}: allowed={2}")
    @CsvSource({
        "ADMIN, COMMUNITY_GROUP, true", "ADMIN, TEST_TAKEAWAY, true", "ADMIN, PARTNER_AGENCY, true",
        "FAITH_LEAD, COMMUNITY_GROUP, true", "FAITH_LEAD, PARTNER_AGENCY, true", "FAITH_LEAD, TEST_TAKEAWAY, false",
        "INDUSTRY_LEAD, TEST_TAKEAWAY, true", "INDUSTRY_LEAD, PARTNER_AGENCY, true", "INDUSTRY_LEAD, SCHOOL, false",
        "LICENSING_OFFICER, TEST_TAKEAWAY, false", "VIEWER, COMMUNITY_GROUP, false",
                "API_CLIENT, COMMUNITY_GROUP, false"
    })
    void whoMayCreateDependsOnTheSectorOfTheType(Role role, String type, boolean allowed) {
        var attempt = org.assertj.core.api.Assertions.catchThrowable(() ->
                crm.as("someone", role, s -> s.organisations().create(organisation("Org " + type, type, null), false)));

        if (allowed) {
            assertThat(attempt).isNull();
        } else {
            assertThat(attempt).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void licensingOfficerReadsOnlyIndustryOrganisations() {
        Organisation takeaway = createAsAdmin("Chicken Hut", TEST_INDUSTRY_TYPE, "DN4 5AB");
        Organisation church = createAsAdmin("St Mary's", "COMMUNITY_GROUP", "DN4 6CD");

        PageOf<Organisation> seen =
                crm.as("lou", Role.LICENSING_OFFICER, s -> s.organisations().search(OrganisationSearch.all()));

        assertThat(seen.items()).extracting(Organisation::getName).containsExactly("Chicken Hut");
        assertThat(seen.total()).isEqualTo(1);
        Organisation readable =
                crm.as("lou", Role.LICENSING_OFFICER, s -> s.organisations().get(takeaway.getId()));
        assertThat(readable.getName()).isEqualTo("Chicken Hut");
        assertThatThrownBy(() -> crm.as(
                        "lou", Role.LICENSING_OFFICER, s -> s.organisations().get(church.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        crm.as("bot", Role.API_CLIENT, s -> s.organisations().search(OrganisationSearch.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchFiltersSortsAndPagesInTheDatabase() {
        for (int i = 1; i <= 12; i++) {
            createAsAdmin(
                    String.format("Group %02d", i),
                    i % 2 == 0 ? "SCHOOL" : "COMMUNITY_GROUP",
                    i <= 6 ? "DN1 1AA" : "S1 2BB");
        }
        createAsAdmin("Police", "PARTNER_AGENCY", "DN1 3CC");

        PageOf<Organisation> page = crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .search(new OrganisationSearch(
                                "group", null, null, Sector.COMMUNITY, null, "dn1", null, "name", true, 2, 3)));

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).extracting(Organisation::getName).containsExactly("Group 04", "Group 03", "Group 02");
        assertThat(crm.as(
                                FixedActor.admin(),
                                s -> s.organisations()
                                        .search(new OrganisationSearch(
                                                null,
                                                null,
                                                "SCHOOL",
                                                null,
                                                null,
                                                null,
                                                null,
                                                "postcode",
                                                false,
                                                0,
                                                50)))
                        .total())
                .isEqualTo(6);
    }

    @Test
    void totalIsRightWhetherThePageEndsTheListOrNot() {
        for (int i = 1; i <= 7; i++) {
            createAsAdmin(String.format("Hall %02d", i), "COMMUNITY_GROUP", "DN1 1AA");
        }

        assertThat(searchHalls(0, 5).total()).as("full first page: counted").isEqualTo(7);
        assertThat(searchHalls(0, 5).items())
                .extracting(Organisation::getName)
                .containsExactly("Hall 01", "Hall 02", "Hall 03", "Hall 04", "Hall 05");
        assertThat(searchHalls(5, 5).total())
                .as("short last page: ends the list")
                .isEqualTo(7);
        assertThat(searchHalls(5, 5).items()).extracting(Organisation::getName).containsExactly("Hall 06", "Hall 07");
        assertThat(searchHalls(10, 5).total())
                .as("page beyond the end: counted")
                .isEqualTo(7);
        Long counted = crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .count(new OrganisationSearch("hall", null, null, null, null, null, null, null, false, 0, 1)));
        assertThat(counted).isEqualTo(7);
        List<Organisation> lastTwo = crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .list(new OrganisationSearch("hall", null, null, null, null, null, null, "name", true, 0, 2)));
        assertThat(lastTwo).extracting(Organisation::getName).containsExactly("Hall 07", "Hall 06");
        PageOf<Organisation> byNameDescending = crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .search(new OrganisationSearch(
                                null, "HALL", null, null, null, null, null, "name", true, 1, 3)));
        assertThat(byNameDescending.items())
                .extracting(Organisation::getName)
                .containsExactly("Hall 06", "Hall 05", "Hall 04");
        assertThat(byNameDescending.total()).isEqualTo(7);
    }

    @Test
    void percentAndUnderscoreTypedInASearchMatchOnlyThemselves() {
        createAsAdmin("Hall 100% Youth", "COMMUNITY_GROUP", "DN1 1AA");
        createAsAdmin("Hall 1000 Club", "COMMUNITY_GROUP", "DN1 1AA");
        createAsAdmin("Hall A_B", "COMMUNITY_GROUP", "DN1 1AA");
        createAsAdmin("Hall AXB", "COMMUNITY_GROUP", "DN1 1AA");

        assertThat(searchFor("100%").items()).extracting(Organisation::getName).containsExactly("Hall 100% Youth");
        assertThat(searchFor("a_b").items()).extracting(Organisation::getName).containsExactly("Hall A_B");
        assertThat(searchFor("%").items()).extracting(Organisation::getName).containsExactly("Hall 100% Youth");
    }

    private PageOf<Organisation> searchFor(String words) {
        return crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .search(new OrganisationSearch(
                                words, null, null, null, null, null, null, "name", false, 0, 50)));
    }

    private PageOf<Organisation> searchHalls(int first, int size) {
        return crm.as(
                FixedActor.admin(),
                s -> s.organisations()
                        .search(new OrganisationSearch(
                                "hall", null, null, null, null, null, null, null, false, first, size)));
    }

    @Test
    void staleVersionIsRefusedNamingWhoChangedIt() {
        Organisation created = createAsAdmin("St Mary's", "COMMUNITY_GROUP", "DN1 1AA");
        crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.organisations()
                        .update(
                                created.getId(),
                                created.getVersion(),
                                organisation("St Mary's Church", "COMMUNITY_GROUP", "DN1 1AA")));

        assertThatThrownBy(() -> crm.as(
                        FixedActor.admin(),
                        s -> s.organisations()
                                .update(
                                        created.getId(),
                                        created.getVersion(),
                                        organisation("St Mary", "COMMUNITY_GROUP", "DN1 1AA"))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by fiona");
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoMadeIt() {
        Organisation created = crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.organisations().create(organisation("St Mary's", "COMMUNITY_GROUP", "DN1 1AA"), false));
        crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.organisations()
                        .update(
                                created.getId(),
                                created.getVersion(),
                                organisation("St Mary's Church", "COMMUNITY_GROUP", "DN1 1AA")));
        crm.as(FixedActor.admin(), s -> {
            s.organisations().delete(created.getId(), created.getVersion() + 1);
            return null;
        });

        var history = db.inTransaction(em -> new org.engagement.core.audit.ChangeLog(em, FixedActor.admin())
                .historyOf(OrganisationService.RECORD_TYPE, created.getId()));
        assertThat(history)
                .extracting(ChangeLogEntry::getAction, ChangeLogEntry::getChangedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeAction.DELETED, "admin"),
                        org.assertj.core.groups.Tuple.tuple(ChangeAction.UPDATED, "fiona"),
                        org.assertj.core.groups.Tuple.tuple(ChangeAction.CREATED, "fiona"));
        assertThat(history.get(1).getChanges())
                .singleElement()
                .satisfies(c -> assertThat(c.getAfter()).isEqualTo("St Mary's Church"));
    }

    @Test
    void onlyAnAdministratorDeletes() {
        Organisation created = createAsAdmin("St Mary's", "COMMUNITY_GROUP", "DN1 1AA");

        assertThatThrownBy(() -> crm.as("fiona", Role.FAITH_LEAD, s -> {
                    s.organisations().delete(created.getId(), created.getVersion());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sectorModuleTypesAreMergedWithTheCoreOnes() {
        List<OrganisationType> all =
                crm.as(FixedActor.admin(), s -> s.organisations().types());
        List<OrganisationType> forIndustryLead = crm.as(
                new FixedActor("ian", Set.of(Role.INDUSTRY_LEAD)),
                s -> s.organisations().creatableTypes());

        assertThat(all)
                .extracting(OrganisationType::code)
                .containsExactly(
                        "COMMUNITY_GROUP", "SCHOOL", "PARTNER_AGENCY", "BUSINESS", "OTHER", TEST_INDUSTRY_TYPE);
        assertThat(forIndustryLead)
                .extracting(OrganisationType::code)
                .containsExactly("PARTNER_AGENCY", "BUSINESS", TEST_INDUSTRY_TYPE);
    }
}
