package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.PersonColumns;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The subject access export leaves nothing out: every column of the core's schema that names a person (found in the
 * migrated database's metadata, not listed here) is one the export reads. A module's own test does the same with its
 * tables added.
 */
class PersonalDataCompletenessTest {

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Set<String> covered() {
        return db.inTransaction(em -> new PrivacyService(
                        new JpaPrivacyRepository(em),
                        new ChangeLog(em, FixedActor.admin()),
                        FixedActor.admin(),
                        List.of())
                .coveredPersonColumns());
    }

    @Test
    void everyColumnThatNamesAPersonIsCoveredByTheExportAndEveryCoveredColumnExists() {
        Set<String> inSchema = PersonColumns.in(db.dataSource());

        assertThat(inSchema)
                .as("the scan finds the person columns it should")
                .contains("affiliation.person_id", "agreement_party.signatory_id", "engagement_person.person_id");
        assertThat(covered())
                .as("columns naming a person that the export does not read")
                .containsAll(inSchema);
        assertThat(inSchema)
                .as("columns the export claims to read that the schema lacks")
                .containsAll(covered());
    }

    @Test
    void aNewTableNamingAPersonIsFoundAndFailsTheCheckUntilTheExportCoversIt() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE mentoring (id BIGINT PRIMARY KEY, mentor_person_id BIGINT)");
            sql.execute("CREATE TABLE reference_check (id BIGINT PRIMARY KEY, checked_id BIGINT,"
                    + " CONSTRAINT fk_reference_check_person FOREIGN KEY (checked_id) REFERENCES person(id))");
        }

        Set<String> inSchema = PersonColumns.in(db.dataSource());

        assertThat(inSchema).contains("mentoring.mentor_person_id", "reference_check.checked_id");
        assertThat(covered()).doesNotContain("mentoring.mentor_person_id", "reference_check.checked_id");
    }
}
