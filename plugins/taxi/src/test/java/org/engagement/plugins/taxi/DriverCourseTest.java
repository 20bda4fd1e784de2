package org.engagement.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The module's course reaches the core's catalogue through the published API, not through the module's changelog. */
class DriverCourseTest {

    private static final Actor SYSTEM = new FixedActor("system", Set.of());

    @Test
    void theCourseIsAddedOnceThroughTheCoreAndNotByTheChangelog() throws SQLException {
        try (TestDatabase db = new TestDatabase(new TaxiModule().changelog().orElseThrow())) {
            assertThat(courses(db)).as("after the module's changelog alone").isEmpty();

            EntityManager em = db.createEntityManager();
            em.getTransaction().begin();
            RegisterRecords records = new RegisterRecords(db.dataSource(), new ChangeLog(em, SYSTEM), SYSTEM);
            assertThat(records.ensureCourse(TaxiModule.DRIVER_COURSE)).isTrue();
            assertThat(records.ensureCourse(TaxiModule.DRIVER_COURSE))
                    .as("a second start")
                    .isFalse();
            em.getTransaction().commit();
            em.close();

            assertThat(courses(db)).containsExactly("TAXI-CSE 36");
            assertThat(history(db)).containsExactly("Course TAXI-CSE added for a sector module by system");
        }
    }

    private static List<String> courses(TestDatabase db) throws SQLException {
        return rows(db, "SELECT code, validity_months FROM published_training_course WHERE code = 'TAXI-CSE'");
    }

    private static List<String> history(TestDatabase db) throws SQLException {
        return rows(db, "SELECT summary, changed_by FROM change_log WHERE record_type = 'Course'");
    }

    private static List<String> rows(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + (sql.contains("summary") ? " by " : " ") + rs.getString(2));
            }
        }
        return rows;
    }
}
