package org.engagement.web.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The application's and its modules' classes, found on the test class path (folders and module JARs). */
public final class ApplicationClasses {

    private ApplicationClasses() {}

    /** Every class under {@code org.engagement} that is neither a test nor a test helper. */
    public static List<Class<?>> all() throws IOException, ClassNotFoundException {
        Map<String, Class<?>> found = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String resource : classResources(Path.of(entry))) {
                if (resource.startsWith("org/engagement/")
                        && resource.endsWith(".class")
                        && !resource.contains("Test")
                        && !resource.endsWith("IT.class")
                        && !resource.contains("/testing/")) {
                    String name = resource.substring(0, resource.length() - ".class".length())
                            .replace('/', '.');
                    found.put(name, Class.forName(name, false, ApplicationClasses.class.getClassLoader()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> classResources(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.filter(Files::isRegularFile)
                        .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                        .toList();
            }
        }
        if (entry.toString().endsWith(".jar") && entry.getFileName().toString().startsWith("engagement-")
                || entry.toString().contains("/plugins/")) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                return jar.stream().map(e -> e.getName()).toList();
            }
        }
        return List.of();
    }
}
