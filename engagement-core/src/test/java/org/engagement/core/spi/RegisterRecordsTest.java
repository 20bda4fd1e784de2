package org.engagement.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.TrainingRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk writes the core publishes for modules, on a real database migrated by the core's changelogs (Derby, and
 * PostgreSQL in the build's second run): the core's own services see what they wrote, with the core's rules applied
 * and the change history written, and the published views read it back.
 */
class RegisterRecordsTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 30);

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T bulk(Function<RegisterRecords, T> work) {
        return crm.as(ADMIN, core -> work.apply(new RegisterRecords(db.dataSource(), core.changeLog(), ADMIN)));
    }

    @Test
    void peopleCreatedInBulkAreTheCoresPeopleWithTheirLawfulBasisAndOneSummaryInTheHistory() {
        List<Long> ids = bulk(r -> r.createPeople(
                List.of(
                        new RegisterRecords.NewPerson(" Imran Khan ", LawfulBasis.PUBLIC_TASK, "Licensed driver"),
                        new RegisterRecords.NewPerson("Amy Lee", LawfulBasis.PUBLIC_TASK, null)),
                "the licence register"));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        var khan = crm.as(ADMIN, core -> core.contacts().person(ids.get(0)));
        assertThat(khan.name()).isEqualTo("Imran Khan");
        assertThat(khan.lawfulBasis()).isEqualTo(LawfulBasis.PUBLIC_TASK);
        List<ChangeLogEntry> history = crm.as(
                ADMIN,
                core -> core.changeLog()
                        .historyOf(
                                RegisterRecords.PEOPLE_RECORD,
                                ids.stream().min(Long::compare).orElseThrow()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.getSummary()).isEqualTo("2 people created from the licence register");
            assertThat(entry.getChangedBy()).isEqualTo("admin");
        });
    }

    @Test
    void renamingInBulkChangesTheNameAndTheVersion() {
        long id = bulk(r -> r.createPeople(
                        List.of(new RegisterRecords.NewPerson("Imran Khan", LawfulBasis.PUBLIC_TASK, null)), "a file"))
                .get(0);
        long before = crm.as(ADMIN, core -> core.contacts().person(id).version());

        bulk(r -> {
            r.renamePeople(List.of(new RegisterRecords.Rename(id, "Imran Ali Khan")), "a file");
            return null;
        });

        var after = crm.as(ADMIN, core -> core.contacts().person(id));
        assertThat(after.name()).isEqualTo("Imran Ali Khan");
        assertThat(after.version()).isEqualTo(before + 1);
    }

    @Test
    void trainingRecordedInBulkCountsUntilItsCoursesValidityRunsOutAndShowsThroughTheView() throws SQLException {
        crm.as(
                ADMIN,
                core -> core.training()
                        .courses()
                        .createCourse(
                                new CourseDetails("CSE-3Y", "CSE awareness", "AWARENESS", Delivery.ONLINE, 36, null)));
        crm.as(
                ADMIN,
                core -> core.training()
                        .courses()
                        .createCourse(
                                new CourseDetails("FOREVER", "Induction", "AWARENESS", Delivery.ONLINE, null, null)));
        long person = bulk(r -> r.createPeople(
                        List.of(new RegisterRecords.NewPerson("Imran Khan", LawfulBasis.PUBLIC_TASK, null)), "a file"))
                .get(0);

        List<Long> ids = bulk(r -> r.recordTraining(
                List.of(
                        new RegisterRecords.NewTraining(person, "CSE-3Y", JUNE, "C-1"),
                        new RegisterRecords.NewTraining(person, "FOREVER", JUNE, null)),
                "a file"));

        List<TrainingRecord> records =
                crm.as(ADMIN, core -> core.training().records().recordsOf(person));
        assertThat(records).extracting(TrainingRecord::getId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(records)
                .filteredOn(r -> r.getCourse().getCode().equals("CSE-3Y"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getValidUntil()).isEqualTo(LocalDate.of(2028, 6, 29));
                    assertThat(r.getSource()).isEqualTo(RegisterRecords.IMPORTED);
                });
        assertThat(viewRows("SELECT c.code, r.valid_until FROM published_training_record r"
                        + " JOIN published_training_course c ON c.id = r.course_id WHERE r.person_id = " + person
                        + " ORDER BY c.code"))
                .containsExactly("CSE-3Y 2028-06-29", "FOREVER null");
    }

    @Test
    void trainingOfACourseNotInTheCatalogueIsRefusedByName() {
        long person = bulk(r -> r.createPeople(
                        List.of(new RegisterRecords.NewPerson("Imran Khan", LawfulBasis.PUBLIC_TASK, null)), "a file"))
                .get(0);

        assertThatThrownBy(() -> bulk(r -> r.recordTraining(
                        List.of(new RegisterRecords.NewTraining(person, "NO-SUCH", JUNE, null)), "a file")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("There is no course with the code NO-SUCH.");
    }

    @Test
    void thePublishedViewsShowAnOrganisationAndItsPolicyOnlyInTheColumnOfItsStatus() throws SQLException {
        long organisation = crm.as(
                ADMIN,
                core -> core.organisations()
                        .create(Crm.organisation("Central Mosque", Crm.TEST_INDUSTRY_TYPE, "DN1 1AA"), true)
                        .getId());
        String policy = "SELECT in_development_since IS NOT NULL, adopted_on FROM published_safeguarding_policy"
                + " WHERE organisation_id = " + organisation;

        assertThat(viewRows("SELECT name, type_code FROM published_organisation WHERE id = " + organisation))
                .containsExactly("Central Mosque " + Crm.TEST_INDUSTRY_TYPE);
        policy(organisation, 0, PolicyStatus.IN_DEVELOPMENT, null);
        assertThat(viewRows(policy)).containsExactly("true null");
        policy(organisation, 1, PolicyStatus.ADOPTED, JUNE);
        assertThat(viewRows(policy)).containsExactly("false 2025-06-30");
    }

    private void policy(long organisation, long version, PolicyStatus status, LocalDate adoptedOn) {
        crm.as(
                ADMIN,
                core -> core.safeguardingProfiles()
                        .saveProfile(
                                organisation,
                                version,
                                new ProfileDetails(
                                        status,
                                        adoptedOn,
                                        adoptedOn == null ? null : adoptedOn.plusYears(1),
                                        Set.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)));
    }

    /** Each row's columns joined by a space. */
    private List<String> viewRows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
