package org.engagement.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The module contract, checked in each sector module's build (see plugins/README.md): a module's classes use only the
 * core's published API, never another module, its SQL never names a core table, and only its {@code persistence}
 * package reaches the database. The published API is
 * {@link #PUBLISHED_PACKAGES} and {@link #PUBLISHED_CLASSES}; the core's tables are read from the core's own
 * changelogs, so a new table is covered without touching this class.
 *
 * <p>A module's known breaches, which it has not yet moved onto the published API, are listed one per line in its
 * {@code src/test/resources/module-contract-breaches.txt}. The check fails on a breach that is not listed (so no new
 * one creeps in) and on a listed one that no longer happens (so the list only shrinks, and stays true).
 */
public final class ModuleContract {

    /** The core packages a module may use: the SPI it implements and the module API, and the shared basics. */
    public static final List<String> PUBLISHED_PACKAGES =
            List.of("org.engagement.core.spi", "org.engagement.core.shared", "org.engagement.core.access");

    /**
     * Single published classes outside those packages: the values the SPI's own signatures name (roles, organisation
     * types and sectors, a person's lawful basis), and the one rule for UK financial quarters.
     */
    public static final Set<String> PUBLISHED_CLASSES = Set.of(
            "org.engagement.core.user.Role",
            "org.engagement.core.organisation.OrganisationType",
            "org.engagement.core.organisation.Sector",
            "org.engagement.core.contact.LawfulBasis",
            "org.engagement.core.reporting.FinancialQuarter");

    /** The JPA types that run queries; JPA's mapping annotations on entities are not database access. */
    private static final Set<String> DATABASE_ACCESS_CLASSES = Set.of(
            "jakarta.persistence.EntityManager",
            "jakarta.persistence.EntityManagerFactory",
            "jakarta.persistence.Query",
            "jakarta.persistence.TypedQuery");

    static final String BREACHES_FILE = "src/test/resources/module-contract-breaches.txt";
    private static final String CORE_CHANGELOG = "db/changelog/core/changelog.xml";
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("<createTable\\b[^>]*\\btableName=\"([A-Za-z0-9_]+)\"");
    private static final Pattern CREATE_VIEW = Pattern.compile("<createView\\b[^>]*\\bviewName=\"([A-Za-z0-9_]+)\"");
    /** The prefix of the views the core publishes for modules' SQL ({@code org.engagement.core.spi.PublishedViews}). */
    public static final String PUBLISHED_VIEW_PREFIX = "published_";

    private ModuleContract() {}

    /**
     * Fails unless the module in {@code modulePackage}, built from the current directory (the module's own), keeps
     * the contract apart from the breaches it lists.
     */
    public static void assertKeptBy(String modulePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage);
        assertThat(classes).as("classes of " + modulePackage).isNotEmpty();
        Set<String> found = new TreeSet<>();
        found.addAll(importsOutsideTheContract(classes, modulePackage));
        found.addAll(databaseOutsidePersistence(classes));
        found.addAll(coreTablesNamed(Path.of("src/main/java"), coreTables()));
        found.addAll(unknownViewsNamed(Path.of("src/main/java"), publishedViews()));
        found.addAll(coreTablesInChangelogs(Path.of("src/main/resources/db/changelog"), coreTables()));
        Set<String> listed = listedBreaches();

        Set<String> unlisted = new TreeSet<>(found);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(found);
        assertThat(unlisted)
                .as("breaches of the module contract (plugins/README.md): use the core's published API" + " ("
                        + PUBLISHED_PACKAGES + ") and the module's own tables")
                .isEmpty();
        assertThat(gone)
                .as("breaches listed in " + BREACHES_FILE + " that no longer happen: delete their lines")
                .isEmpty();
    }

    /** "uses ModuleClass CoreClass" for each core class outside the published API, and each other module's class. */
    static Set<String> importsOutsideTheContract(JavaClasses classes, String modulePackage) {
        Set<String> breaches = new TreeSet<>();
        for (JavaClass origin : classes) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String name = topLevel(target.getName());
                boolean own = name.startsWith(modulePackage + ".");
                boolean otherModule = name.startsWith("org.engagement.plugins.");
                boolean unpublishedCore = name.startsWith("org.engagement.core.") && !published(name);
                if (!own && (otherModule || unpublishedCore)) {
                    breaches.add("uses " + topLevel(origin.getName()) + " " + name);
                }
            }
        }
        return breaches;
    }

    /**
     * "queries-outside-persistence ModuleClass" for each class outside a {@code persistence} package (the module's one
     * way to the database, see plugins/README.md) that uses an {@code EntityManager} or JDBC: application services,
     * SPI answers and pages ask the module's repositories instead.
     */
    static Set<String> databaseOutsidePersistence(JavaClasses classes) {
        Set<String> breaches = new TreeSet<>();
        for (JavaClass origin : classes) {
            if (inPersistencePackage(origin)) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                if (databaseAccess(
                        dependency.getTargetClass().getBaseComponentType().getName())) {
                    breaches.add("queries-outside-persistence " + topLevel(origin.getName()));
                }
            }
        }
        return breaches;
    }

    private static boolean inPersistencePackage(JavaClass origin) {
        String packageName = origin.getPackageName();
        return packageName.endsWith(".persistence") || packageName.contains(".persistence.");
    }

    private static boolean databaseAccess(String className) {
        return DATABASE_ACCESS_CLASSES.contains(className)
                || className.startsWith("java.sql.")
                || className.startsWith("javax.sql.");
    }

    static boolean published(String className) {
        String packageName = className.substring(0, className.lastIndexOf('.'));
        return PUBLISHED_CLASSES.contains(className)
                || PUBLISHED_PACKAGES.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    private static String topLevel(String className) {
        int inner = className.indexOf('$');
        return inner < 0 ? className : className.substring(0, inner);
    }

    /** "names-table SourceFile table" for each core table a source file's SQL reads or writes. */
    static Set<String> coreTablesNamed(Path sources, Collection<String> tables) {
        return namesInSql(
                sources,
                "(?i)\\b(?:from|join|into|update|table)\\s+(" + String.join("|", tables) + ")\\b",
                table -> true,
                "names-table");
    }

    /**
     * "names-view SourceFile view" for each {@code published_} name a source file's SQL reads that the core does not
     * create, so a misspelt or withdrawn view fails the module's build rather than its first query.
     */
    static Set<String> unknownViewsNamed(Path sources, Collection<String> views) {
        return namesInSql(
                sources,
                "(?i)\\b(?:from|join)\\s+(" + PUBLISHED_VIEW_PREFIX + "[A-Za-z0-9_]+)\\b",
                view -> !views.contains(view),
                "names-view");
    }

    /**
     * "names-table changelog.xml table" for each core table a module's Liquibase changelog changes or reads (a change's
     * {@code tableName}, or SQL in it): a module's migrations keep to its own tables, as its code does.
     */
    static Set<String> coreTablesInChangelogs(Path changelogs, Collection<String> tables) {
        if (!Files.isDirectory(changelogs)) {
            return Set.of();
        }
        return namesIn(
                changelogs,
                ".xml",
                "(?i)(?:tablename=\"|\\b(?:from|join|into|update|table)\\s+)(" + String.join("|", tables) + ")\\b",
                table -> true,
                "names-table");
    }

    /** "{kind} SourceFile name" for each name the pattern's first group finds in a Java source that is a breach. */
    private static Set<String> namesInSql(Path sources, String regex, Predicate<String> breach, String kind) {
        return namesIn(sources, ".java", regex, breach, kind);
    }

    /** "{kind} File name" for each name the pattern's first group finds in a file ending so that is a breach. */
    private static Set<String> namesIn(
            Path sources, String suffix, String regex, Predicate<String> breach, String kind) {
        Pattern sql = Pattern.compile(regex);
        Set<String> breaches = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = sql.matcher(Files.readString(file));
                while (matcher.find()) {
                    String name = matcher.group(1).toLowerCase();
                    if (breach.test(name)) {
                        breaches.add(kind + " " + file.getFileName() + " " + name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return breaches;
    }

    /** The tables the core's changelogs create. */
    public static Set<String> coreTables() {
        Set<String> tables = created(CREATE_TABLE);
        assertThat(tables).as("tables created by " + CORE_CHANGELOG).isNotEmpty();
        return tables;
    }

    /**
     * The views the core's changelogs create: all of them are published for modules, and named so (a view for the
     * core's own use would be a table to modules, and must not carry the prefix).
     */
    public static Set<String> publishedViews() {
        Set<String> views = created(CREATE_VIEW);
        assertThat(views)
                .as("views created by " + CORE_CHANGELOG)
                .isNotEmpty()
                .allMatch(view -> view.startsWith(PUBLISHED_VIEW_PREFIX));
        return views;
    }

    private static Set<String> created(Pattern change) {
        Set<String> names = new TreeSet<>();
        String directory = CORE_CHANGELOG.substring(0, CORE_CHANGELOG.lastIndexOf('/') + 1);
        Matcher includes = INCLUDE.matcher(resource(CORE_CHANGELOG));
        while (includes.find()) {
            Matcher created = change.matcher(resource(directory + includes.group(1)));
            while (created.find()) {
                names.add(created.group(1).toLowerCase());
            }
        }
        return names;
    }

    private static String resource(String name) {
        try (InputStream in = ModuleContract.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> listedBreaches() {
        Path file = Path.of(BREACHES_FILE);
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return new TreeSet<>(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
