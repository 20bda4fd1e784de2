package org.engagement.plugins.faith;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathwayTest {

    @Test
    void withoutRecordsThereIsNoContactYetAndEveryStepIsOpen() {
        Pathway pathway = Pathway.of(Map.of());

        assertThat(pathway.current()).isNull();
        assertThat(pathway.currentLabel()).isEqualTo("No contact yet");
        assertThat(pathway.steps()).extracting(Pathway.Step::status).containsOnly("Not yet");
    }

    @Test
    void theCurrentStepIsTheFurthestReachedAndEachStepSaysWhenInWords() {
        Pathway pathway = Pathway.of(Map.of(
                PathwayStep.CONTACT_MADE,
                LocalDate.of(2026, 3, 12),
                PathwayStep.AGREED_TO_ENGAGE,
                LocalDate.of(2026, 4, 2)));

        assertThat(pathway.current()).isEqualTo(PathwayStep.AGREED_TO_ENGAGE);
        assertThat(pathway.steps().get(0).status()).isEqualTo("Done 12 Mar 2026");
        assertThat(pathway.steps().get(2).status()).isEqualTo("Not yet");
    }

    @Test
    void theSupplementarySchoolTemplateCoversTheFourAreasWithCriticalSafeguardingStandards() {
        var template = SupplementarySchoolTemplate.TEMPLATE;

        assertThat(template.standards())
                .extracting(s -> s.code().substring(0, s.code().indexOf('-')))
                .contains("GOV", "HS", "SG", "SS");
        assertThat(template.standards())
                .filteredOn(s -> s.code().startsWith("SG"))
                .allMatch(s -> s.critical());
        assertThat(template.organisationTypes()).contains("MADRASSA");
    }
}
