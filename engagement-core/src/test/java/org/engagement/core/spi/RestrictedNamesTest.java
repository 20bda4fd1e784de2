package org.engagement.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.spi.RestrictedNames.MASK;

import java.util.List;
import java.util.Set;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.Test;

/** The masking of restricted people's names in officers' free text, and the rule for editing such a text. */
class RestrictedNamesTest {

    private final RestrictedNames sara = RestrictedNames.of(List.of("Sara Restricted"));

    @Test
    void theFullNameIsMaskedAsWholeWordsInAnyCaseAndSpacing() {
        assertThat(sara.mask("Met Sara Restricted at the door")).isEqualTo("Met " + MASK + " at the door");
        assertThat(sara.mask("SARA RESTRICTED rang; sara restricted rang again"))
                .isEqualTo(MASK + " rang; " + MASK + " rang again");
        assertThat(sara.mask("Asked Sara\n  Restricted about it")).isEqualTo("Asked " + MASK + " about it");
        assertThat(sara.mask("Sara Restricted's notes (with Sara Restricted)."))
                .isEqualTo(MASK + "'s notes (with " + MASK + ").");
    }

    @Test
    void surnameFirstIsMaskedToo() {
        assertThat(sara.mask("Restricted, Sara: volunteer")).isEqualTo(MASK + ": volunteer");
        assertThat(sara.mask("restricted sara")).isEqualTo(MASK);
    }

    @Test
    void aNameInsideOtherWordsOrAPartOfTheNameStays() {
        RestrictedNames ali = RestrictedNames.of(List.of("Ali Khan"));
        for (String text : List.of(
                "Ali Khanum ran the session",
                "Bali Khan's stall",
                "Ann and Ali Khan-Smith",
                "Ali spoke; Khan listened",
                "Mr Khan",
                "Ali Khan2")) {
            assertThat(ali.mask(text)).as(text).isEqualTo(text);
            assertThat(ali.masks(text)).as(text).isFalse();
        }
        assertThat(ali.masks("Spoke to ali khan.")).isTrue();
    }

    @Test
    void everyRestrictedPersonIsMaskedAndALongerNameWhole() {
        RestrictedNames two = RestrictedNames.of(List.of("Sara Restricted", "Ali Khan", "Ali Khan Junior"));

        assertThat(two.mask("Sara Restricted met Ali Khan and Ali Khan Junior"))
                .isEqualTo(MASK + " met " + MASK + " and " + MASK);
    }

    @Test
    void nothingIsMaskedWithoutRestrictedPeopleOrForNamesTooShortToTellFromWords() {
        assertThat(RestrictedNames.NONE.mask("Sara Restricted")).isEqualTo("Sara Restricted");
        assertThat(RestrictedNames.of(List.of()).masks("anything")).isFalse();
        assertThat(RestrictedNames.of(java.util.Arrays.asList(null, " ", "Al")).mask("Al is at the hall"))
                .isEqualTo("Al is at the hall");
        assertThat(sara.mask(null)).isNull();
        assertThat(RestrictedNames.of(List.of("J. (Jo) O'Neil")).mask("Saw J. (Jo) O'Neil, then JX (Jo) O'Neil"))
                .as("the name is matched as written, never as a pattern")
                .isEqualTo("Saw " + MASK + ", then JX (Jo) O'Neil");
    }

    @Test
    void onlyTheDataProtectionOfficerReadsTheNames() {
        FixedActor officer = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER, Role.ADMIN));
        assertThat(RestrictedNames.forReader(officer, () -> {
                            throw new AssertionError("the officer's names are not looked up");
                        })
                        .mask("Sara Restricted"))
                .isEqualTo("Sara Restricted");
        assertThat(RestrictedNames.forReader(FixedActor.admin(), () -> List.of("Sara Restricted"))
                        .mask("Sara Restricted"))
                .isEqualTo(MASK);
    }

    @Test
    void aMaskedTextSentBackUnchangedKeepsTheStoredTextAndAChangedOneIsRefusedBesideItsField() {
        String stored = "Met Sara Restricted and the imam";
        String shown = sara.mask(stored);

        assertThat(sara.kept("summary", stored, shown)).isEqualTo(stored);
        assertThat(sara.kept("summary", stored, "  " + shown + "\n")).isEqualTo(stored);
        assertThat(sara.kept("summary", stored, stored)).isEqualTo(stored);
        assertThatThrownBy(() -> sara.kept("summary", stored, shown + " on Tuesday"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("summary");
                            assertThat(error.message()).isEqualTo(RestrictedNames.EDIT_REFUSED);
                        }));
        assertThatThrownBy(() -> sara.kept("outcome", stored, null)).isInstanceOf(InvalidInputException.class);

        assertThat(sara.kept("summary", "Met the imam", "Met the imam at noon")).isEqualTo("Met the imam at noon");
        assertThat(RestrictedNames.NONE.kept("summary", stored, "Met the imam")).isEqualTo("Met the imam");
    }

    @Test
    void aSearchTermThatIsPartOfARestrictedNameOrHoldsOneDoesNotLookInFreeText() {
        for (String term : List.of(
                "Sara Restricted",
                "sara",
                "STRICT",
                "  sara   restricted ",
                "Restricted, Sara",
                "restricted sara",
                "visit with Sara Restricted's family")) {
            assertThat(sara.searchesFreeText(term)).as(term).isFalse();
        }
        for (String term : List.of("deputy", "Sara Smith", "imam")) {
            assertThat(sara.searchesFreeText(term)).as(term).isTrue();
        }
        assertThat(sara.searchesFreeText(null)).isTrue();
        assertThat(RestrictedNames.NONE.searchesFreeText("Sara Restricted")).isTrue();
    }
}
