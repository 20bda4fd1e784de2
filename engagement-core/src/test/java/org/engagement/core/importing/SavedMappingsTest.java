package org.engagement.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A column mapping saved under a name, on a real database, and reused for the next file of the same kind. */
class SavedMappingsTest {

    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor IAN = new FixedActor("ian", Set.of(Role.INDUSTRY_LEAD));
    private static final Actor VERA = new FixedActor("vera", Set.of(Role.VIEWER));
    private static final ColumnMapping COUNCIL_SHEET =
            new ColumnMapping(Map.of("name", "Full name", "organisation", "Group"));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMappingSavedUnderANameIsReusedForThatKindOnlyAndSavingTheNameAgainReplacesIt() {
        SavedMapping saved = crm.savedMappings(FIONA, m -> m.save("people", "  Council   sheet ", COUNCIL_SHEET));

        assertThat(saved.getName()).isEqualTo("Council sheet");
        List<SavedMapping> forPeople = crm.savedMappings(IAN, m -> m.of("people"));
        assertThat(forPeople).extracting(SavedMapping::getName).containsExactly("Council sheet");
        ColumnMapping reused =
                crm.savedMappings(IAN, m -> m.get("people", saved.getId()).mapping());
        assertThat(reused).isEqualTo(COUNCIL_SHEET);
        List<SavedMapping> forEngagements = crm.savedMappings(IAN, m -> m.of("engagements"));
        assertThat(forEngagements).isEmpty();

        ColumnMapping changed = new ColumnMapping(Map.of("name", "Name"));
        crm.savedMappings(IAN, m -> m.save("people", "Council sheet", changed));
        List<SavedMapping> after = crm.savedMappings(FIONA, m -> m.of("people"));
        assertThat(after).singleElement().satisfies(m -> {
            assertThat(m.mapping()).isEqualTo(changed);
            assertThat(m.getUpdatedBy()).isEqualTo("ian");
        });
        List<ChangeLogEntry> history =
                crm.as(FIONA, s -> s.changeLog().historyOf(SavedMappings.RECORD_TYPE, saved.getId()));
        assertThat(history)
                .extracting(ChangeLogEntry::getChangedBy, ChangeLogEntry::getSummary)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("fiona", "Import mapping Council sheet saved"),
                        org.assertj.core.groups.Tuple.tuple("ian", "Import mapping Council sheet changed"));
    }

    @Test
    void aMappingNeedsANameAndAHeadingAndOnlyImportersMayUseThem() {
        assertThatThrownBy(() -> crm.savedMappings(FIONA, m -> m.save("people", " ", COUNCIL_SHEET)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Give the mapping a name");
        assertThatThrownBy(() -> crm.savedMappings(FIONA, m -> m.save("people", "Empty", new ColumnMapping(Map.of()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Match at least one heading");
        assertThatThrownBy(() -> crm.savedMappings(VERA, m -> m.of("people")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.savedMappings(VERA, m -> m.save("people", "Mine", COUNCIL_SHEET)))
                .isInstanceOf(AccessDeniedException.class);
        List<SavedMapping> kept = crm.savedMappings(FIONA, m -> m.of("people"));
        assertThat(kept).isEmpty();
    }
}
