package org.engagement.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterTypedByAUserAreEscaped() {
        assertThat(LikePattern.contains("100%")).isEqualTo("%100!%%");
        assertThat(LikePattern.startsWith("a_b")).isEqualTo("a!_b%");
        assertThat(LikePattern.escape("Hello!")).isEqualTo("Hello!!");
        assertThat(LikePattern.contains("plain words")).isEqualTo("%plain words%");
    }
}
