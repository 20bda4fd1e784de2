package org.engagement.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.engagement.core.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"dn1 1aa,DN1 1AA", " DN11AA ,DN1 1AA", "sw1a  2aa,SW1A 2AA", "m1 1ae,M1 1AE", "ec1a1bb,EC1A 1BB"})
    void isNormalisedToUpperCaseWithOneSpace(String typed, String normal) {
        assertThat(Postcode.of(typed).value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DN1", "12345", "DN1 1A", "D1N 1AAA", "not a postcode", ""})
    void malformedPostcodeIsRefusedWithAClearMessage(String typed) {
        assertThatThrownBy(() -> Postcode.of(typed)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly("postcode");
            assertThat(e.getMessage()).contains("is not a UK postcode").contains("DN1 1AA");
        });
    }
}
