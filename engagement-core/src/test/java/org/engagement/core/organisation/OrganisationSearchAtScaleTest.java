package org.engagement.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.DerbyTestDatabase;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation list must stay quick with 50,000 organisations: one filtered, sorted page (and its count)
 * is answered by the database, not by loading rows into memory.
 */
class OrganisationSearchAtScaleTest {

    private static final int ORGANISATIONS = 50_000;
    private static final String[] SECTORS = {"COMMUNITY", "INDUSTRY", "FAITH", "STATUTORY"};
    private static final String[] TYPES = {"COMMUNITY_GROUP", Crm.TEST_INDUSTRY_TYPE, "COMMUNITY_GROUP", "PARTNER_AGENCY"};
    private static final String[] STATUSES = {"PROSPECT", "ENGAGED", "ACTIVE", "DORMANT", "CLOSED"};

    private final DerbyTestDatabase db = new DerbyTestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Loaded with plain JDBC batches: the point is the query, not how fast the test can create rows. */
    @BeforeEach
    void fiftyThousandOrganisations() {
        db.inTransaction(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement insert = connection.prepareStatement("insert into organisation (id, version, name, "
                    + "name_key, type_code, sector, town, postcode, status, lead_officer, updated_at, updated_by) "
                    + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'loader')")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 1; i <= ORGANISATIONS; i++) {
                    String name = "Organisation " + i;
                    insert.setLong(1, 1_000_000L + i);
                    insert.setString(2, name);
                    insert.setString(3, Organisation.nameKey(name));
                    insert.setString(4, TYPES[i % 4]);
                    insert.setString(5, SECTORS[i % 4]);
                    insert.setString(6, i % 2 == 0 ? "Doncaster" : "Rotherham");
                    insert.setString(7, "DN" + (i % 20) + " " + (i % 10) + "AB");
                    insert.setString(8, STATUSES[i % 5]);
                    insert.setString(9, "officer" + (i % 30));
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                    if (i % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    void filteredSortedPageOfFiftyThousandIsQuick() {
        OrganisationSearch industryInDn1 = new OrganisationSearch(null, null, null, Sector.INDUSTRY, OrganisationStatus.ACTIVE,
                "DN1", null, "name", true, 100, 25);
        crm.as("lou", Role.LICENSING_OFFICER, s -> s.organisations().search(industryInDn1)); // warm up the statement cache

        Instant start = Instant.now();
        PageOf<Organisation> page = crm.as("lou", Role.LICENSING_OFFICER, s -> s.organisations().search(industryInDn1));
        PageOf<Organisation> everything = crm.as(FixedActor.admin(), s -> s.organisations().search(new OrganisationSearch(
                "organisation 4", null, null, null, null, null, null, "postcode", false, 25_000, 50)));
        Duration took = Duration.between(start, Instant.now());

        assertThat(page.items()).hasSize(25).allSatisfy(o -> {
            assertThat(o.getSector()).isEqualTo(Sector.INDUSTRY);
            assertThat(o.getPostcodeText()).startsWith("DN1");
        });
        assertThat(page.total()).isGreaterThan(100);
        assertThat(everything.total()).isEqualTo(11_111);
        // Well under a second on an idle two-core machine; the bound leaves room for a busy CI host.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }
}
