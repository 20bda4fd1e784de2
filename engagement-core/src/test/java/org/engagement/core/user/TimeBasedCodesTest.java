package org.engagement.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeBasedCodesTest {

    /** RFC 6238 appendix B's SHA-1 seed, the ASCII "12345678901234567890", in Base32 as an app is given it. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static TimeBasedCodes at(Instant now) {
        return new TimeBasedCodes(Clock.fixed(now, ZoneOffset.UTC));
    }

    /**
     * RFC 6238 appendix B, SHA-1 rows. The RFC prints 8-digit codes; a 6-digit code is the same number modulo 10^6,
     * i.e. its last six digits, which is what authenticator apps show.
     */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void codesAreThoseOfRfc6238TestVectors(long epochSecond, String rfcEightDigits) {
        Instant time = Instant.ofEpochSecond(epochSecond);
        String expected = rfcEightDigits.substring(2);

        assertThat(at(time).codeAt(RFC_SECRET, time)).isEqualTo(expected);
        assertThat(at(time).matchingStep(RFC_SECRET, expected, 0)).hasValue(epochSecond / 30);
    }

    @Test
    void aCodeFromTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        TimeBasedCodes codes = at(now);

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(30)), 0))
                .isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.plusSeconds(30)), 0))
                .isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(90)), 0))
                .isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = 1_234_567_890L / 30;

        assertThat(at(now).matchingStep(RFC_SECRET, "005924", step)).isEmpty();
        assertThat(at(now).matchingStep(RFC_SECRET, "005924", step - 1)).hasValue(step);
    }

    @Test
    void typedSpacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(at(now).matchingStep(RFC_SECRET, " 287 082 ", 0)).isPresent();
        assertThat(at(now).matchingStep(RFC_SECRET, "94287082", 0)).isEmpty();
        assertThat(at(now).matchingStep(RFC_SECRET, "28708a", 0)).isEmpty();
        assertThat(at(now).matchingStep(RFC_SECRET, null, 0)).isEmpty();
    }

    @Test
    void newSecretsAre160RandomBitsInBase32AndTheEnrolmentAddressCarriesThem() {
        String secret = TimeBasedCodes.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TimeBasedCodes.newSecret());
        assertThat(TimeBasedCodes.enrolmentAddress(secret, "Engagement CRM", "amina.khan"))
                .startsWith("otpauth://totp/")
                .contains("amina.khan")
                .contains("secret=" + secret)
                .contains("period=30")
                .contains("digits=6");
    }
}
