package org.engagement.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.shared.Dates;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TestPostgres;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moving up: a Derby database seeded through the services (organisations with a parent, people, a visit with a
 * follow-up, an agreement with a signed document, training, the change history) is copied into an empty
 * PostgreSQL database; every table then has the same rows, by count and by a checksum of its contents, and new
 * records get ids past the copied ones.
 */
class DerbyToPostgresqlTest {

    private static final byte[] PDF = "%PDF-1.4 signed agreement".getBytes(StandardCharsets.US_ASCII);

    private final TestDatabase derby = TestDatabase.onDerby();
    private final TestPostgres.Database postgresql = TestPostgres.emptyDatabase();

    @AfterEach
    void dropDatabases() {
        derby.close();
        postgresql.drop();
    }

    @Test
    void everyTableArrivesWithTheSameRowsAndIdsCarryOnPastThem() throws Exception {
        seed();
        Map<String, String> before;
        try (Connection from = derby.dataSource().getConnection();
                Connection to = postgresql.dataSource().getConnection()) {
            before = checksums(from);
            Map<String, Long> copied = new DerbyToPostgresql(getClass().getClassLoader()).copy(from, to);
            assertThat(copied).containsEntry("organisation", 3L).containsKey("agreement_document");
            assertThat(checksums(to)).isEqualTo(before);
        }
        assertThat(before.get("agreement_document")).startsWith("1 rows");
        assertThat(before.get("change_log")).doesNotStartWith("0 rows");
        try (Connection to = postgresql.dataSource().getConnection();
                Statement s = to.createStatement();
                ResultSet next =
                        s.executeQuery("SELECT nextval('organisation_seq'), (SELECT MAX(id) FROM organisation)")) {
            next.next();
            assertThat(next.getLong(1))
                    .as("the next block of ids starts after every copied one")
                    .isGreaterThan(next.getLong(2));
        }
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndLeftAsItWas() throws Exception {
        try (Connection to = postgresql.dataSource().getConnection();
                Statement s = to.createStatement()) {
            s.execute("CREATE TABLE kept (id INT)");
        }
        try (Connection from = derby.dataSource().getConnection();
                Connection to = postgresql.dataSource().getConnection()) {
            assertThatThrownBy(() -> new DerbyToPostgresql(getClass().getClassLoader()).copy(from, to))
                    .hasMessageContaining("not empty");
            assertThat(DerbyToPostgresql.parentsFirst(to)).containsExactly("kept");
        }
    }

    private void seed() {
        FixedActor admin = new FixedActor("admin", Set.of(Role.ADMIN));
        OrganisationTypes types = new OrganisationTypes(new SectorModules(List.of()));
        long mosque = derby.inTransaction(em -> {
            ChangeLog log = new ChangeLog(em, admin);
            OrganisationService organisations =
                    new OrganisationService(new JpaOrganisationRepository(em), types, log, admin);
            ContactService contacts = new ContactService(
                    new JpaContactRepository(em), organisations, log, new SectorModules(List.of()), admin);
            long council = organisations
                    .create(Crm.organisation("Doncaster Council", "PARTNER_AGENCY", "DN1 3BU"), false)
                    .getId();
            long office = organisations
                    .create(
                            new OrganisationDetails(
                                    "Council licensing office",
                                    "PARTNER_AGENCY",
                                    "Civic Office",
                                    null,
                                    "Doncaster",
                                    "DN1 3BU",
                                    "Town",
                                    null,
                                    null,
                                    null,
                                    OrganisationStatus.ACTIVE,
                                    null,
                                    Set.of("licensing"),
                                    "Branch with a parent",
                                    council),
                            false)
                    .getId();
            long mosqueId = organisations
                    .create(Crm.organisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA"), false)
                    .getId();
            long imam = contacts.addContact(
                            mosqueId,
                            new PersonDetails(
                                    "Yusuf Ali",
                                    "01302 000000",
                                    "yusuf@example.org",
                                    "Urdu",
                                    null,
                                    LawfulBasis.PUBLIC_TASK,
                                    "Told at visit"),
                            "imam")
                    .personId();
            long officer = contacts.addContact(
                            office,
                            new PersonDetails("Ian Officer", null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                            "licensing officer")
                    .personId();
            AgreementService agreements = new AgreementService(
                    new JpaAgreementRepository(em), organisations, contacts, AgreementLimits.of(1, 60), log, admin);
            long agreement = agreements
                    .create(new AgreementDetails(
                            "Mosque and council sharing",
                            "ISA-1",
                            "Report concerns",
                            "admin",
                            LawfulBasis.PUBLIC_TASK,
                            false,
                            null,
                            "Descriptions",
                            Set.of(SharingMethod.SECURE_EMAIL),
                            "2 years",
                            false,
                            null,
                            null,
                            null,
                            Dates.today().plusDays(30),
                            null,
                            List.of(
                                    new PartyDetails(mosqueId, imam, Dates.today()),
                                    new PartyDetails(office, officer, Dates.today()))))
                    .getId();
            agreements.addDocument(agreement, "signed.pdf", PDF);
            return mosqueId;
        });
        new Crm(derby)
                .as(
                        admin,
                        s -> s.engagements()
                                .log(
                                        mosque,
                                        new EngagementDetails(
                                                Dates.today(),
                                                EngagementType.VISIT,
                                                null,
                                                List.of(),
                                                "Talked about the safeguarding policy",
                                                "Policy to be reviewed",
                                                List.of(new FollowUpDetails(
                                                        "Send model policy",
                                                        "admin",
                                                        Dates.today().plusDays(7))))));
    }

    /** Each table's row count and a digest of its rows, independent of row order and of each driver's own types. */
    private static Map<String, String> checksums(Connection db) throws SQLException, NoSuchAlgorithmException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : DerbyToPostgresql.parentsFirst(db)) {
            List<String> rows = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getMetaData().getColumnName(i).toLowerCase())
                                .append('=')
                                .append(text(rs, i))
                                .append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
            sums.put(table, rows.size() + " rows " + HexFormat.of().formatHex(digest.digest()));
        }
        return sums;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        int type = rs.getMetaData().getColumnType(column);
        if (type == java.sql.Types.BOOLEAN || type == java.sql.Types.BIT) {
            // PostgreSQL's driver gives a boolean as text "t" or "f", Derby's as "true" or "false".
            boolean value = rs.getBoolean(column);
            return rs.wasNull() ? "null" : String.valueOf(value);
        }
        if (type == java.sql.Types.TIMESTAMP) {
            // PostgreSQL rounds a timestamp to the microsecond, Derby keeps nanoseconds: the copy keeps what PostgreSQL
            // can.
            java.sql.Timestamp at = rs.getTimestamp(column);
            return at == null
                    ? "null"
                    : at.toLocalDateTime()
                            .plusNanos(500)
                            .truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                            .toString();
        }
        byte[] bytes = type == java.sql.Types.BLOB || type == java.sql.Types.BINARY ? rs.getBytes(column) : null;
        if (bytes != null) {
            return HexFormat.of().formatHex(bytes);
        }
        String value = rs.getString(column);
        return value == null ? "null" : value;
    }
}
