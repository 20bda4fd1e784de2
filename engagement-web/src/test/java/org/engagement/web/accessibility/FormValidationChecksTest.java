package org.engagement.web.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form of the product, the modules' included, says how its validation messages are checked (see
 * {@link DeclaredValidationChecks}), so a new form cannot escape {@link EveryPageBrowserIT}'s walk unnoticed.
 */
class FormValidationChecksTest {

    @Test
    void everyFormThatTakesInputDeclaresItsValidationCheckOrWhyItHasNone() {
        DeclaredValidationChecks sources = DeclaredValidationChecks.inSources(true);

        assertThat(sources.undeclaredForms())
                .as("forms with no data-validation-check: name the button that is refused when the form is sent"
                        + " empty, or say on the form that it is a \"filter\" or \"accepts-empty\"")
                .isEmpty();
        assertThat(sources.checks()).as("named checks").hasSizeGreaterThan(30);
    }

    @Test
    void aFormCheckedByAnotherBrowserTestIsSentByThatTest() throws IOException {
        Map<String, String> elsewhere = DeclaredValidationChecks.inSources(true).checkedElsewhere();

        assertThat(elsewhere).isNotEmpty();
        for (Map.Entry<String, String> form : elsewhere.entrySet()) {
            assertThat(testSource(form.getValue()))
                    .as(form.getValue() + ", named by form " + form.getKey())
                    .contains("\"" + form.getKey() + ":");
        }
    }

    private static String testSource(String testName) throws IOException {
        Path tests = Path.of("src/test/java");
        try (Stream<Path> files =
                Files.walk(Files.isDirectory(tests) ? tests : Path.of("engagement-web/src/test/java"))) {
            Path test = files.filter(file -> file.getFileName().toString().equals(testName + ".java"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no browser test " + testName));
            return Files.readString(test);
        }
    }
}
