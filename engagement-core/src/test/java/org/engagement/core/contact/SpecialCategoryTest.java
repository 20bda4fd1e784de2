package org.engagement.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.util.List;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Special category data on a real database: a role at a faith organisation (a type a module puts in the faith sector;
 * the core knows the sector, not the module) or health or ethnicity in the record needs the Article 9 condition and the
 * Schedule 1 condition it requires; withdrawn consent is recorded and restricts the person.
 */
class SpecialCategoryTest {

    private static final String MOSQUE_TYPE = "TEST_MOSQUE";
    private static final Actor ADMIN = FixedActor.admin();

    private static final SectorModule FAITH = new SectorModule() {
        @Override
        public String id() {
            return "test-faith";
        }

        @Override
        public String displayName() {
            return "Test faith";
        }

        @Override
        public List<OrganisationType> organisationTypes() {
            return List.of(new OrganisationType(MOSQUE_TYPE, "Mosque", Sector.FAITH));
        }
    };

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db, FAITH);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long organisationOf(String name, String type) {
        return crm.as(ADMIN, s -> s.organisations().create(organisation(name, type, null), false))
                .getId();
    }

    private static PersonDetails details(
            LawfulBasis basis, boolean healthOrEthnicity, Article9Condition article9, Schedule1Condition schedule1) {
        return new PersonDetails(
                "Bilal Trustee", null, null, null, null, basis, null, healthOrEthnicity, article9, schedule1);
    }

    private static List<InvalidInputException.FieldError> refusal(Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
        throw new AssertionError("was not refused");
    }

    @Test
    void aRoleAtAFaithOrganisationNeedsTheArticle9ConditionAndTheScheduleOneConditionItRequires() {
        long mosque = organisationOf("Central Mosque", MOSQUE_TYPE);
        PersonDetails withoutCondition = details(LawfulBasis.PUBLIC_TASK, false, null, null);

        assertThat(refusal(() -> crm.as(ADMIN, s -> s.contacts().addContact(mosque, withoutCondition, "trustee"))))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("article9Condition");
                    assertThat(e.message())
                            .startsWith("Choose the Article 9 condition: their role at Central Mosque reveals their"
                                    + " religious belief, which is special category data.");
                });
        assertThat(refusal(() -> crm.as(
                        ADMIN,
                        s -> s.contacts()
                                .addContact(
                                        mosque,
                                        details(
                                                LawfulBasis.PUBLIC_TASK,
                                                false,
                                                Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
                                                Schedule1Condition.HEALTH_SOCIAL_CARE),
                                        "trustee"))))
                .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "schedule1Condition",
                        "Choose a Schedule 1 condition from Part 2: 9(2)(g) Reasons of substantial public interest"
                                + " needs one from that Part, and Part 1 para 2: Health or social care purposes is in"
                                + " Part 1."));

        Contact added = crm.as(
                ADMIN,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                details(
                                        LawfulBasis.PUBLIC_TASK,
                                        false,
                                        Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
                                        Schedule1Condition.SAFEGUARDING),
                                "trustee"));
        PersonProfile profile = crm.as(ADMIN, s -> s.contacts().person(added.personId()));
        assertThat(profile.specialCategory().article9Condition())
                .isEqualTo(Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST);
        assertThat(profile.specialCategory().schedule1Condition()).isEqualTo(Schedule1Condition.SAFEGUARDING);
        assertThat(profile.hasFaithRole()).isTrue();
    }

    @Test
    void outsideFaithOnlyHealthOrEthnicityAsksForTheConditionAndAFaithRoleForSomeoneWithoutOneIsRefused() {
        long takeaway = organisationOf("Corner Takeaway", "COMMUNITY_GROUP");
        long mosque = organisationOf("Central Mosque", MOSQUE_TYPE);
        Contact plain = crm.as(
                ADMIN,
                s -> s.contacts()
                        .addContact(takeaway, details(LawfulBasis.LEGITIMATE_INTERESTS, false, null, null), "manager"));
        assertThat(refusal(() -> crm.as(
                        ADMIN,
                        s -> s.contacts()
                                .addContact(
                                        takeaway,
                                        details(LawfulBasis.LEGITIMATE_INTERESTS, true, null, null),
                                        "cook"))))
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly("article9Condition");
        assertThat(refusal(() -> crm.as(ADMIN, s -> s.contacts().addRole(mosque, plain.personId(), "trustee"))))
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .isEqualTo("Record the Article 9 condition on Bilal Trustee's details first: their role at"
                                + " Central Mosque reveals their religious belief, which is special category data."));
    }

    @Test
    void withdrawnConsentIsRecordedRestrictsThePersonAndCannotBeTheBasisAgain() {
        long mosque = organisationOf("Central Mosque", MOSQUE_TYPE);
        Contact added = crm.as(
                ADMIN,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                details(LawfulBasis.CONSENT, false, Article9Condition.EXPLICIT_CONSENT, null),
                                "madrassa volunteer"));

        crm.as(ADMIN, s -> {
            s.contacts().withdrawConsent(added.personId(), added.personVersion());
            return null;
        });

        Person person = db.inTransaction(em -> em.find(Person.class, added.personId()));
        assertThat(person.getConsentWithdrawnBy()).isEqualTo(ADMIN.username());
        assertThat(person.getConsentWithdrawnAt()).isNotNull();
        assertThat(person.isRestricted()).isTrue();
        assertThatThrownBy(() -> crm.as(ADMIN, s -> s.contacts().person(added.personId())))
                .as("restricted: not even an administrator sees them now")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> {
                    em.find(Person.class, added.personId()).withdrawConsent("dora");
                    return null;
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already recorded");
        assertThat(refusal(() -> db.inTransaction(em -> {
                    em.find(Person.class, added.personId())
                            .change(
                                    details(LawfulBasis.CONSENT, false, Article9Condition.EXPLICIT_CONSENT, null),
                                    "admin");
                    return null;
                })))
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly("lawfulBasis");
    }

    @Test
    void consentThatIsNotTheBasisCannotBeWithdrawn() {
        long takeaway = organisationOf("Corner Takeaway", "COMMUNITY_GROUP");
        Contact added = crm.as(
                ADMIN,
                s -> s.contacts().addContact(takeaway, details(LawfulBasis.PUBLIC_TASK, false, null, null), "manager"));

        assertThat(refusal(() -> crm.as(ADMIN, s -> {
                    s.contacts().withdrawConsent(added.personId(), added.personVersion());
                    return null;
                })))
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly("lawfulBasis");
    }
}
