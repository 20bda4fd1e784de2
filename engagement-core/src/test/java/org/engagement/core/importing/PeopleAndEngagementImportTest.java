package org.engagement.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Spreadsheet;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing people with their roles, and past engagements, on a real database, through the same steps as
 * organisations: the user's headings matched to fields, a dry run naming every problem by row and column and writing
 * nothing, all or nothing, rows matching records already kept skipped, updated or created as chosen, and each record
 * in the change history under the user's name.
 */
class PeopleAndEngagementImportTest {

    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor VERA = new FixedActor("vera", Set.of(Role.VIEWER));

    private static final ColumnMapping PEOPLE_HEADINGS = new ColumnMapping(Map.of(
            "name", "Full name",
            "organisation", "Group",
            "organisationPostcode", "Group postcode",
            "role", "Role",
            "lawfulBasis", "Basis",
            "email", "E-mail"));

    private static final ColumnMapping ENGAGEMENT_HEADINGS = new ColumnMapping(Map.of(
            "organisation", "Group",
            "organisationPostcode", "Group postcode",
            "date", "When",
            "type", "How",
            "summary", "Notes",
            "people", "Who"));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private Organisation hall;
    private Organisation takeaway;

    @BeforeEach
    void organisations() {
        hall = crm.as(
                FIONA,
                s -> s.organisations().create(Crm.organisation("Central Hall", "COMMUNITY_GROUP", "DN1 1AA"), true));
        takeaway = crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.organisations()
                        .create(Crm.organisation("Chicken Place", Crm.TEST_INDUSTRY_TYPE, "DN2 2BB"), true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Spreadsheet csv(String text) {
        return Spreadsheet.read("contacts.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult importPeople(Spreadsheet sheet, DuplicateChoice duplicates) {
        return crm.importingPeople(FIONA, i -> i.run(sheet, PEOPLE_HEADINGS, duplicates, done -> {}));
    }

    private ImportResult importEngagements(Spreadsheet sheet, DuplicateChoice duplicates) {
        return crm.importingEngagements(FIONA, i -> i.run(sheet, ENGAGEMENT_HEADINGS, duplicates, done -> {}));
    }

    private List<Engagement> engagementsAtHall() {
        return crm.as(FIONA, s -> s.engagements().engagementsWith(hall.getId()));
    }

    private List<Contact> contactsAtHall() {
        return crm.as(FIONA, s -> s.contacts().contactsOf(hall.getId()));
    }

    @Test
    void aDryRunOfPeopleNamesEveryProblemByRowAndColumnAndWritesNothing() {
        Spreadsheet sheet = csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                + "Amina Khan,Central Hall,DN1 1AA,Chair,Public task,amina@example.org\n"
                + ",Central Hall,DN1 1AA,Trustee,Public task,\n"
                + "Bob Smith,Nowhere Hall,DN1 1AA,Trustee,Public task,\n"
                + "Carl Jones,Central Hall,DN1 1AA,Trustee,Because,\n"
                + "Dina Patel,Central Hall,DN1 1AA,Trustee,Consent,dina at example\n"
                + "Ed Green,Chicken Place,DN2 2BB,Manager,Consent,\n"
                + "Fay Lee,Central Hall,NOT A CODE,Manager,Consent,\n");

        ImportCheck check = crm.importingPeople(FIONA, i -> i.dryRun(sheet, PEOPLE_HEADINGS));

        assertThat(check.rows()).isEqualTo(7);
        assertThat(check.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        tuple(3, "Full name"),
                        tuple(4, "Group"),
                        tuple(5, "Basis"),
                        tuple(6, "E-mail"),
                        tuple(7, "Group"),
                        tuple(8, "Group postcode"));
        assertThat(check.problems())
                .extracting(ImportProblem::describe)
                .contains(
                        "Row 3, Full name: Enter the person's name.",
                        "Row 4, Group: No organisation called Nowhere Hall at DN1 1AA is recorded. Import or add the"
                                + " organisation first, or correct its name or postcode.",
                        "Row 7, Group: You cannot add records to Chicken Place: it is in the Industry sector, which"
                                + " your role does not edit.");
        assertThat(check.problems().stream()
                        .filter(p -> p.line() == 5)
                        .findFirst()
                        .orElseThrow()
                        .message())
                .startsWith("'Because' is not a lawful basis. Use one of: Consent (6(1)(a));");
        assertThatThrownBy(() -> crm.importingPeople(
                        FIONA, i -> i.run(sheet, PEOPLE_HEADINGS, DuplicateChoice.SKIP, done -> {})))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(contactsAtHall()).as("all or nothing").isEmpty();
    }

    @Test
    void peopleAreImportedWithTheirRolesAndMatchesAreSkippedUpdatedOrCreatedAsChosen() {
        Spreadsheet sheet = csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                + "Amina Khan,Central Hall,DN1 1AA,Chair,Public task,amina@example.org\n"
                + "Bob Smith,central  hall,dn11aa,Trustee,public_task,\n");
        List<Integer> progress = new ArrayList<>();

        ImportResult result =
                crm.importingPeople(FIONA, i -> i.run(sheet, PEOPLE_HEADINGS, DuplicateChoice.SKIP, progress::add));
        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(progress).containsExactly(1, 2);
        assertThat(contactsAtHall())
                .extracting(Contact::name, Contact::role, Contact::email, Contact::lawfulBasis)
                .containsExactlyInAnyOrder(
                        tuple("Amina Khan", "Chair", "amina@example.org", LawfulBasis.PUBLIC_TASK),
                        tuple("Bob Smith", "Trustee", null, LawfulBasis.PUBLIC_TASK));
        long amina = contactsAtHall().stream()
                .filter(c -> c.name().equals("Amina Khan"))
                .findFirst()
                .orElseThrow()
                .personId();
        List<ChangeLogEntry> history = crm.as(FIONA, s -> s.contacts().historyOfPerson(amina));
        assertThat(history)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getChangedBy()).isEqualTo("fiona"));
        assertThat(history).anySatisfy(e -> assertThat(e.getRecordType()).isEqualTo(ContactService.PERSON));

        Spreadsheet again = csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                + "AMINA  khan,Central Hall,DN1 1AA,Secretary,Public task,\n"
                + "Carl Jones,Central Hall,DN1 1AA,Imam,Public task,carl@example.org\n");
        ImportCheck check = crm.importingPeople(FIONA, i -> i.dryRun(again, PEOPLE_HEADINGS));
        assertThat(check.matches())
                .extracting(ImportCheck.Match::line, ImportCheck.Match::id)
                .containsExactly(tuple(2, amina));
        assertThat(check.newRows()).isEqualTo(1);

        assertThat(importPeople(again, DuplicateChoice.SKIP)).isEqualTo(new ImportResult(1, 0, 1));
        Spreadsheet aminaOnly = csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                + "AMINA  khan,Central Hall,DN1 1AA,Secretary,Consent,\n");
        assertThat(importPeople(aminaOnly, DuplicateChoice.UPDATE)).isEqualTo(new ImportResult(0, 1, 0));
        Contact updated = contactsAtHall().stream()
                .filter(c -> c.personId() == amina)
                .findFirst()
                .orElseThrow();
        assertThat(updated.role()).isEqualTo("Secretary");
        assertThat(updated.lawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(updated.email()).as("an empty cell keeps what was there").isEqualTo("amina@example.org");
        assertThat(importPeople(aminaOnly, DuplicateChoice.CREATE)).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(contactsAtHall()).hasSize(4);
    }

    @Test
    void aRowRepeatingAnEarlierPersonIsAProblemAndAViewerMayNotImport() {
        Spreadsheet sheet = csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                + "Amina Khan,Central Hall,DN1 1AA,Chair,Public task,\n"
                + "amina khan,Central Hall,DN1 1AA,Trustee,Public task,\n");

        assertThat(crm.importingPeople(FIONA, i -> i.dryRun(sheet, PEOPLE_HEADINGS))
                        .problems())
                .extracting(ImportProblem::describe)
                .containsExactly("Row 3, Full name: Row 2 has the same name at the same organisation. Remove one of"
                        + " the two rows.");
        assertThatThrownBy(() -> crm.importingPeople(VERA, i -> i.dryRun(sheet, PEOPLE_HEADINGS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.importingEngagements(VERA, i -> i.dryRun(sheet, ENGAGEMENT_HEADINGS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pastEngagementsAreImportedWithThePeoplePresentAfterADryRunNamesEveryProblem() {
        crm.importingPeople(
                FIONA,
                i -> i.run(
                        csv("Full name,Group,Group postcode,Role,Basis,E-mail\n"
                                + "Amina Khan,Central Hall,DN1 1AA,Chair,Public task,\n"
                                + "Bob Smith,Central Hall,DN1 1AA,Trustee,Public task,\n"),
                        PEOPLE_HEADINGS,
                        DuplicateChoice.SKIP,
                        d -> {}));
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Spreadsheet bad = csv("Group,Group postcode,When,How,Notes,Who\n"
                + "Central Hall,DN1 1AA,12/03/2025,Visit,Policy talk,Amina Khan; Bob Smith\n"
                + "Central Hall,DN1 1AA,31/02/2025,Visit,Bad date,\n"
                + "Central Hall,DN1 1AA," + tomorrow + ",Call,Future,\n"
                + "Central Hall,DN1 1AA,01/04/2025,Carrier pigeon,Odd,\n"
                + "Central Hall,DN1 1AA,02/04/2025,Meeting,,\n"
                + "Central Hall,DN1 1AA,03/04/2025,Meeting,Who,Zed Unknown\n");

        ImportCheck check = crm.importingEngagements(FIONA, i -> i.dryRun(bad, ENGAGEMENT_HEADINGS));

        assertThat(check.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        tuple(3, "When"), tuple(4, "When"), tuple(5, "How"), tuple(6, "Notes"), tuple(7, "Who"));
        assertThat(check.problems())
                .extracting(ImportProblem::describe)
                .contains(
                        "Row 3, When: '31/02/2025' is not a date. Write it like 26/11/2026.",
                        "Row 4, When: The engagement cannot be in the future; record it once it has happened.",
                        "Row 7, Who: Zed Unknown has no role at Central Hall. Add them to the organisation first, or"
                                + " correct the name.");
        assertThat(engagementsAtHall()).as("nothing written by a dry run").isEmpty();

        Spreadsheet good = csv("Group,Group postcode,When,How,Notes,Who\n"
                + "Central Hall,DN1 1AA,12/03/2025,Visit,Policy talk,Amina Khan; bob  SMITH\n"
                + "Central Hall,DN1 1AA,2025-04-01,Call,Follow-up call,\n");
        assertThat(importEngagements(good, DuplicateChoice.SKIP)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(engagementsAtHall())
                .extracting(Engagement::getDate, Engagement::getType, Engagement::getSummary)
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2025, 3, 12), EngagementType.VISIT, "Policy talk"),
                        tuple(LocalDate.of(2025, 4, 1), EngagementType.CALL, "Follow-up call"));
        List<String> present = crm.as(
                FIONA,
                s -> s.engagements().engagementsWith(hall.getId()).stream()
                        .filter(e -> e.getType() == EngagementType.VISIT)
                        .flatMap(e -> e.getPeople().stream())
                        .map(p -> p.getName())
                        .toList());
        assertThat(present).containsExactlyInAnyOrder("Amina Khan", "Bob Smith");
        List<ChangeLogEntry> history = crm.as(FIONA, s -> s.engagements().historyOf(hall.getId()));
        assertThat(history)
                .filteredOn(e -> e.getRecordType().equals(EngagementService.RECORD_TYPE))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getChangedBy()).isEqualTo("fiona"));

        Spreadsheet corrected = csv("Group,Group postcode,When,How,Notes,Who\n"
                + "Central Hall,DN1 1AA,12/03/2025,Visit,Policy talk and leaflets,\n");
        assertThat(crm.importingEngagements(FIONA, i -> i.dryRun(corrected, ENGAGEMENT_HEADINGS))
                        .matches())
                .hasSize(1);
        assertThat(importEngagements(corrected, DuplicateChoice.UPDATE)).isEqualTo(new ImportResult(0, 1, 0));
        Engagement visit = crm.as(
                FIONA,
                s -> s.engagements().engagementsWith(hall.getId()).stream()
                        .filter(e -> e.getType() == EngagementType.VISIT)
                        .findFirst()
                        .orElseThrow());
        assertThat(visit.getSummary()).isEqualTo("Policy talk and leaflets");
        assertThat(engagementsAtHall()).hasSize(2);
    }

    @Test
    void suggestedMappingForPeopleMatchesTheirLabels() {
        assertThat(ColumnMapping.suggested(
                                List.of("Name", "Organisation", "Organisation postcode", "Role", "Lawful basis"),
                                PersonImport.FIELDS)
                        .headingByField())
                .containsOnly(
                        Map.entry("name", "Name"),
                        Map.entry("organisation", "Organisation"),
                        Map.entry("organisationPostcode", "Organisation postcode"),
                        Map.entry("role", "Role"),
                        Map.entry("lawfulBasis", "Lawful basis"));
    }
}
