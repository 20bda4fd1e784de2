package org.engagement.core.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The access log on a real database: each view is one row saying who, when, with which roles, from where and about
 * whom; the data protection officer alone pages through it by person, by user and by UK day; and a person's subject
 * access export lists who viewed their record.
 */
class AccessLogTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor VERA = new FixedActor("vera", Set.of(Role.VIEWER, Role.FAITH_LEAD));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T log(Actor actor, Instant at, Function<AccessLog, T> work) {
        return db.inTransaction(
                em -> work.apply(new AccessLog(em, actor, () -> "192.0.2.7", Clock.fixed(at, ZoneOffset.UTC))));
    }

    private void view(Actor actor, Instant at, String kind, long id, Long person) {
        log(actor, at, l -> {
            l.viewed(kind, id, person);
            return null;
        });
    }

    private PageOf<AccessLogEntry> page(AccessLogQuery query) {
        return log(DPO, Instant.now(), l -> l.page(query));
    }

    private long person(String name) {
        long mosque = crm.as(
                        FixedActor.admin(),
                        s -> s.organisations()
                                .create(Crm.organisation("Mosque of " + name, "COMMUNITY_GROUP", null), false))
                .getId();
        return crm.as(
                FixedActor.admin(),
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(name, null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "volunteer")
                        .personId());
    }

    @Test
    void eachViewIsOneRowThatTheOfficerPagesThroughByPersonUserAndDay() {
        long amina = person("Amina Viewed");
        long bilal = person("Bilal Viewed");
        Instant monday = Instant.parse("2026-11-30T10:00:00Z");
        Instant tuesday = Instant.parse("2026-12-01T23:30:00Z"); // 1 December, 23:30 UK time (GMT)
        view(FIONA, monday, "Person", amina, amina);
        view(VERA, tuesday, "Person", amina, amina);
        view(FIONA, tuesday, "Audit", 77, null);
        view(FIONA, tuesday, "Person", bilal, bilal);

        PageOf<AccessLogEntry> aboutAmina = page(new AccessLogQuery(amina, null, null, null, 0, 10));
        assertThat(aboutAmina.total()).isEqualTo(2);
        assertThat(aboutAmina.items().get(0))
                .as("newest first, with who, roles and address")
                .satisfies(e -> {
                    assertThat(e.getUsername()).isEqualTo("vera");
                    assertThat(e.getRoles()).isEqualTo("FAITH_LEAD VIEWER");
                    assertThat(e.getClientAddress()).isEqualTo("192.0.2.7");
                    assertThat(e.getRecordKind()).isEqualTo("Person");
                    assertThat(e.getAt()).isEqualTo(tuesday);
                });
        assertThat(page(new AccessLogQuery(null, "fiona", null, null, 0, 10)).total())
                .isEqualTo(3);
        assertThat(page(new AccessLogQuery(null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), 0, 10))
                        .total())
                .isEqualTo(3);
        assertThat(page(new AccessLogQuery(null, "fiona", null, LocalDate.of(2026, 11, 30), 0, 10))
                        .items())
                .singleElement()
                .satisfies(e -> assertThat(e.getRecordId()).isEqualTo(amina));
        assertThat(page(new AccessLogQuery(null, null, null, null, 1, 2)).items())
                .as("a page from the database")
                .hasSize(2);
    }

    @Test
    void onlyTheOfficerReadsItAndADateRangeMustRunForwards() {
        assertThatThrownBy(() -> log(
                        FixedActor.admin(),
                        Instant.now(),
                        l -> l.page(new AccessLogQuery(null, null, null, null, 0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> page(
                        new AccessLogQuery(null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), 0, 10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end date");
    }

    @Test
    void theSubjectAccessExportSaysWhoViewedTheirRecord() {
        long amina = person("Amina Viewed");
        view(FIONA, Instant.parse("2026-11-30T10:00:00Z"), "Person", amina, amina);
        log(VERA, Instant.parse("2026-12-01T10:00:00Z"), l -> {
            l.exported("Engagements table", amina, "CSV");
            return null;
        });

        List<PersonalDataSection> sections = db.inTransaction(
                em -> new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, DPO), DPO, List.of())
                        .subjectAccess(amina, "JSON")
                        .sections());

        assertThat(sections)
                .filteredOn(s -> s.title().equals("Who viewed their record"))
                .singleElement()
                .satisfies(s -> assertThat(s.rows())
                        .extracting(r -> r.get("Who") + ": " + r.get("What"))
                        .containsExactly("vera: Engagements table (CSV)", "fiona: Person"));
    }
}
