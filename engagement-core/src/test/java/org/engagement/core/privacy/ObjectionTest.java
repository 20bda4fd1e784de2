package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Objection (Article 21) on a real database: the officer records the person's grounds and a decision; upheld, the
 * person is restricted or erased; rejected, the compelling grounds are recorded. Each is in the history and the
 * person's subject access export, and only the officer may record one.
 */
class ObjectionTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T privacy(Actor actor, Function<PrivacyService, T> work) {
        return db.inTransaction(em -> work.apply(
                new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, actor), actor, List.of())));
    }

    private void object(long person, String grounds, ObjectionDecision decision, String reason) {
        privacy(DPO, p -> {
            p.object(person, grounds, decision, reason);
            return null;
        });
    }

    private long person(String name, LawfulBasis basis) {
        Actor admin = FixedActor.admin();
        long centre = crm.as(
                        admin,
                        s -> s.organisations()
                                .create(organisation("Youth Centre " + name, "COMMUNITY_GROUP", null), false))
                .getId();
        return crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                centre,
                                new PersonDetails(
                                        name, null, name.replace(' ', '.') + "@example.org", null, null, basis, null),
                                "volunteer")
                        .personId());
    }

    private List<Map<String, String>> rows(long person, String title) {
        return privacy(DPO, p -> p.subjectAccess(person, "JSON")).sections().stream()
                .filter(s -> s.title().equals(title))
                .flatMap(s -> s.rows().stream())
                .toList();
    }

    @Test
    void anUpheldObjectionRestrictsThePersonAndIsInTheirExportAndHistory() {
        long sara = person("Sara Objector", LawfulBasis.PUBLIC_TASK);

        object(
                sara,
                "She objects to being contacted about events (letter of 1 Dec 2026)",
                ObjectionDecision.RESTRICT,
                "No compelling reason to keep contacting her");

        assertThatThrownBy(() -> crm.as(VIEWER, s -> s.contacts().person(sara))).isInstanceOf(NotFoundException.class);
        assertThat(privacy(DPO, p -> p.person(sara)).restricted()).isTrue();
        assertThat(rows(sara, "Objections to processing (Article 21)"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("Processing objected to", LawfulBasis.PUBLIC_TASK.label());
                    assertThat(row)
                            .containsEntry(
                                    "Grounds", "She objects to being contacted about events (letter of 1 Dec 2026)");
                    assertThat(row).containsEntry("Decision", "Upheld: processing restricted");
                    assertThat(row)
                            .containsEntry("Reason for the decision", "No compelling reason to keep contacting her");
                    assertThat(row).containsEntry("Decided by", "dora");
                });
        assertThat(rows(sara, "Change history about them"))
                .anySatisfy(row -> assertThat(row.get("What")).contains("objection (Article 21) decided"))
                .anySatisfy(row -> assertThat(row.get("Changes")).contains("restricted: no to yes"));
        assertThat(rows(sara, "Requests about their data"))
                .anySatisfy(row -> assertThat(row).containsEntry("What", "Objection (Article 21) decided"));
    }

    @Test
    void aRejectedObjectionRecordsTheCompellingGroundsAndChangesNothingElse() {
        long sara = person("Sara Objector", LawfulBasis.LEGITIMATE_INTERESTS);

        object(
                sara,
                "She objects to her name on the safeguarding register",
                ObjectionDecision.REJECT,
                "She is the designated safeguarding lead; children's safety overrides (s.175 duty)");

        assertThat(crm.as(VIEWER, s -> s.contacts().person(sara)).name()).isEqualTo("Sara Objector");
        assertThat(rows(sara, "Objections to processing (Article 21)"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("Decision", "Rejected: compelling legitimate grounds");
                    assertThat(row.get("Reason for the decision")).contains("children's safety overrides");
                });
        assertThat(rows(sara, "Change history about them"))
                .anySatisfy(row -> assertThat(row.get("Changes")).contains("Rejected: compelling legitimate grounds"));
    }

    @Test
    void anObjectionUpheldByErasureErasesThePersonAndKeepsTheDecisionWithoutTheirName() {
        long sara = person("Sara Objector", LawfulBasis.PUBLIC_TASK);

        object(
                sara,
                "Sara Objector asks that nothing about her be kept",
                ObjectionDecision.ERASE,
                "She holds no role now; Sara Objector's record serves no task");

        PersonSummary erased = privacy(DPO, p -> p.person(sara));
        assertThat(erased.erased()).isTrue();
        assertThat(rows(sara, "Objections to processing (Article 21)"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("Decision", "Upheld: personal data erased");
                    assertThat(row.get("Grounds"))
                            .doesNotContain("Sara Objector")
                            .contains(erased.name());
                    assertThat(row.get("Reason for the decision")).doesNotContain("Sara");
                });
        assertThat(rows(sara, "Requests about their data"))
                .extracting(row -> row.get("What") + " " + row.get("Detail"))
                .anySatisfy(r -> assertThat(r).startsWith("Personal data erased Objection upheld (Article 21)"))
                .allSatisfy(r -> assertThat(r).doesNotContain("Sara Objector"));
    }

    @Test
    void anObjectionNeedsGroundsADecisionAndItsReasonEachSaidBesideItsField() {
        long sara = person("Sara Objector", LawfulBasis.PUBLIC_TASK);

        assertThatThrownBy(() -> object(sara, " ", null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("grounds", "decision", "decisionReason"));
        assertThat(rows(sara, "Objections to processing (Article 21)")).isEmpty();
        assertThat(privacy(DPO, p -> p.person(sara)).restricted()).isFalse();
    }

    @Test
    void thereIsNoRightToObjectToProcessingOnConsentWithdrawConsentInstead() {
        long sara = person("Sara Consenting", LawfulBasis.CONSENT);

        assertThatThrownBy(() -> object(
                        sara,
                        "She objects to being contacted",
                        ObjectionDecision.RESTRICT,
                        "Her objection is upheld in full"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("public task and legitimate interests")
                .hasMessageContaining("withdrawal");
        assertThat(rows(sara, "Objections to processing (Article 21)")).isEmpty();
    }

    @Test
    void onlyTheDataProtectionOfficerRecordsAnObjection() {
        long sara = person("Sara Objector", LawfulBasis.PUBLIC_TASK);

        for (Actor other : List.of(FixedActor.admin(), VIEWER)) {
            assertThatThrownBy(() -> privacy(other, p -> {
                        p.object(
                                sara,
                                "She objects to being contacted",
                                ObjectionDecision.RESTRICT,
                                "Her objection is upheld in full");
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rows(sara, "Objections to processing (Article 21)")).isEmpty();
    }
}
