package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs beside the others must not share their server, and must have one test: its methods would
 * otherwise run concurrently with each other (see {@link RunsBesideOtherTests}).
 */
class RunsBesideOtherTestsTest {

    @Test
    void classesRunBesideTheOthersHaveOneTestAndNoSharedServer() throws Exception {
        List<Class<?>> beside = integrationTests().stream()
                .filter(c -> c.isAnnotationPresent(RunsBesideOtherTests.class))
                .toList();

        assertThat(beside).as("classes marked to run beside the others").isNotEmpty();
        for (Class<?> test : beside) {
            long tests = Arrays.stream(test.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .map(Method::getName)
                    .count();
            assertThat(tests).as(test.getSimpleName() + "'s test methods").isEqualTo(1);
            ExtendWith extensions = test.getAnnotation(ExtendWith.class);
            assertThat(extensions == null ? List.of() : List.of(extensions.value()))
                    .as(test.getSimpleName() + " must start its own servers, not use the shared one")
                    .doesNotContain(RunningApplication.class);
        }
    }

    private static List<Class<?>> integrationTests() throws IOException {
        Path classes = Path.of(RunsBesideOtherTestsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(RunsBesideOtherTestsTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RunsBesideOtherTestsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
