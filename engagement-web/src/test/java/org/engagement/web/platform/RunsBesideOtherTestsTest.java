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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test class that runs beside the others must not share their server, and must have one test or mark each of its
 * tests {@code @Execution(SAME_THREAD)}: its methods would otherwise run concurrently with each other (see {@link
 * RunsBesideOtherTests}).
 */
class RunsBesideOtherTestsTest {

    @Test
    void classesRunBesideTheOthersRunTheirTestsOneAfterAnotherAndShareNoServer() throws Exception {
        List<Class<?>> beside = integrationTests().stream()
                .filter(c -> c.isAnnotationPresent(RunsBesideOtherTests.class))
                .toList();

        assertThat(beside).as("classes marked to run beside the others").isNotEmpty();
        for (Class<?> test : beside) {
            List<Method> tests = Arrays.stream(test.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .toList();
            if (tests.size() > 1) {
                assertThat(tests)
                        .as(test.getSimpleName() + "'s test methods, several, each to run on the class's one thread")
                        .allMatch(m -> m.isAnnotationPresent(Execution.class)
                                && m.getAnnotation(Execution.class).value() == ExecutionMode.SAME_THREAD);
            }
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
