package org.engagement.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.SectorModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module-contract check itself: it must see a breach where there is one, and none where there is none. */
class ModuleContractTest {

    /** Stands in for a module class that uses the published API only. */
    static final class KeepsTheContract {
        final SectorModule module = null;
        final String today = Dates.UK.getId();
    }

    /** Stands in for a module class that reaches past the published API into a core service. */
    static final class BreaksTheContract {
        OrganisationService organisations;
    }

    @Test
    void theCoresTablesAreReadFromItsChangelogs() {
        assertThat(ModuleContract.coreTables())
                .contains("organisation", "person", "affiliation", "training_record", "change_log")
                .noneMatch(table -> table.startsWith("taxi_") || table.startsWith("faith_"));
    }

    @Test
    void aClassUsingACoreServiceOutsideThePublishedApiIsABreachAndOneUsingTheSpiIsNot() {
        JavaClasses classes = new ClassFileImporter().importClasses(KeepsTheContract.class, BreaksTheContract.class);

        assertThat(ModuleContract.importsOutsideTheContract(classes, "org.engagement.core.testing"))
                .containsExactly(
                        "uses " + ModuleContractTest.class.getName() + " " + OrganisationService.class.getName());
    }

    @Test
    void aClassOutsideAPersistencePackageThatQueriesIsABreachAndARepositoryInsideOneIsNot() {
        JavaClasses classes = new ClassFileImporter()
                .importClasses(
                        KeepsTheContract.class,
                        org.engagement.core.testing.application.QueriesDirectly.class,
                        org.engagement.core.testing.application.ConnectsDirectly.class,
                        org.engagement.core.testing.persistence.Repository.class);

        assertThat(ModuleContract.databaseOutsidePersistence(classes))
                .containsExactly(
                        "queries-outside-persistence "
                                + org.engagement.core.testing.application.ConnectsDirectly.class.getName(),
                        "queries-outside-persistence "
                                + org.engagement.core.testing.application.QueriesDirectly.class.getName());
    }

    @Test
    void sqlThatReadsOrWritesACoreTableIsABreachButTheModulesOwnTablesAndWordsInProseAreNot(@TempDir Path sources)
            throws IOException {
        Files.writeString(sources.resolve("Store.java"), """
                class Store {
                    String read = "SELECT r.completed_on FROM training_record r JOIN affiliation a ON a.person_id = r.person_id";
                    String write = "INSERT INTO person (id, name) VALUES (?, ?)";
                    String own = "SELECT * FROM taxi_driver d JOIN taxi_check_log l ON l.licence_number = d.licence_number";
                    String prose = "The person from the organisation";
                }
                """);

        assertThat(ModuleContract.coreTablesNamed(sources, ModuleContract.coreTables()))
                .containsExactly(
                        "names-table Store.java affiliation",
                        "names-table Store.java person",
                        "names-table Store.java training_record");
    }

    @Test
    void sqlReadingThePublishedViewsKeepsTheContractAndAViewTheCoreDoesNotCreateIsABreach(@TempDir Path sources)
            throws IOException {
        Files.writeString(sources.resolve("Query.java"), """
                class Query {
                    String read = "SELECT o.name FROM published_organisation o JOIN published_training_record r ON r.id = o.id";
                    String typo = "SELECT * FROM published_organisations";
                }
                """);

        assertThat(ModuleContract.coreTablesNamed(sources, ModuleContract.coreTables()))
                .isEmpty();
        assertThat(ModuleContract.unknownViewsNamed(sources, ModuleContract.publishedViews()))
                .containsExactly("names-view Query.java published_organisations");
        assertThat(ModuleContract.publishedViews())
                .contains("published_organisation", "published_training_record")
                .noneMatch(view -> ModuleContract.coreTables().contains(view));
    }

    @Test
    void aChangelogThatWritesOrReadsACoreTableIsABreachButOneCreatingTheModulesOwnIsNot(@TempDir Path changelogs)
            throws IOException {
        Files.writeString(changelogs.resolve("changelog.xml"), """
                <databaseChangeLog>
                  <changeSet id="m-001" author="x">
                    <createTable tableName="taxi_driver"><column name="person_id" type="BIGINT"/></createTable>
                    <sql>UPDATE taxi_driver SET person_id = 1</sql>
                  </changeSet>
                  <changeSet id="m-002" author="x">
                    <preConditions><sqlCheck expectedResult="0">SELECT COUNT(*) FROM training_course</sqlCheck></preConditions>
                    <insert tableName="person"><column name="id" valueNumeric="1"/></insert>
                  </changeSet>
                </databaseChangeLog>
                """);

        assertThat(ModuleContract.coreTablesInChangelogs(changelogs, ModuleContract.coreTables()))
                .containsExactly("names-table changelog.xml person", "names-table changelog.xml training_course");
    }

    @Test
    void theSpiSharedBasicsAndRolesArePublishedAndTheCoresFeaturesAreNot() {
        assertThat(List.of(SectorModule.class, Dates.class, org.engagement.core.user.Role.class))
                .allMatch(c -> ModuleContract.published(c.getName()));
        assertThat(ModuleContract.published(OrganisationService.class.getName()))
                .isFalse();
    }
}
