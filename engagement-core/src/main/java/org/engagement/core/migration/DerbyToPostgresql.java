package org.engagement.core.migration;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.engagement.core.shared.Databases;

/**
 * Moves a partnership from the embedded Derby database up to PostgreSQL: the schema from the same changelogs the
 * Derby database was built by (the core's, then each module's, in the order Derby applied them), then every row of
 * every table, parents before children, then each sequence set to hand out next exactly what Derby would have, so
 * new ids continue past the copied ones. The PostgreSQL database must be empty; everything is one transaction,
 * so a copy that fails leaves it as it was. Stop the application first: Derby is copied as it stands.
 *
 * <pre>java -cp 'engagement-web/target/engagement/WEB-INF/lib/*' org.engagement.core.migration.DerbyToPostgresql \
 *     data/engagement jdbc:postgresql://localhost:5432/engagement engagement</pre>
 * with the PostgreSQL password in ENGAGEMENT_DB_PASSWORD.
 */
public final class DerbyToPostgresql {

    private static final Logger LOG = Logger.getLogger(DerbyToPostgresql.class.getName());
    private static final Pattern CHANGELOG_DIRECTORY = Pattern.compile("(db/changelog/[^/]+/)");
    private static final int BATCH = 1000;

    private final ClassLoader classLoader;

    public DerbyToPostgresql(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            System.err.println(
                    "Usage: DerbyToPostgresql <Derby database directory> <jdbc:postgresql://host:port/database> <user>"
                            + " (password in ENGAGEMENT_DB_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("ENGAGEMENT_DB_PASSWORD", "");
        try (Connection derby = java.sql.DriverManager.getConnection("jdbc:derby:" + args[0]);
                Connection postgresql = java.sql.DriverManager.getConnection(args[1], args[2], password)) {
            Map<String, Long> copied =
                    new DerbyToPostgresql(DerbyToPostgresql.class.getClassLoader()).copy(derby, postgresql);
            copied.forEach((table, rows) -> System.out.println(table + ": " + rows + " rows"));
        }
    }

    /** Copies everything; returns each table's row count. */
    public Map<String, Long> copy(Connection derby, Connection postgresql) throws SQLException {
        requireEmpty(postgresql);
        new SchemaMigrator(classLoader).migrate(new SingleConnection(postgresql), changelogsOf(derby));
        postgresql.setAutoCommit(false);
        try {
            List<String> tables = parentsFirst(derby);
            List<String> childrenFirst = new ArrayList<>(tables);
            Collections.reverse(childrenFirst);
            for (String table : childrenFirst) {
                // The changelogs' own rows (courses, audit templates...) are in Derby too, perhaps since changed.
                try (Statement s = postgresql.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : tables) {
                copied.put(table, copyTable(derby, postgresql, table));
            }
            continueSequences(derby, postgresql);
            postgresql.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            postgresql.rollback();
            throw e;
        }
    }

    private static void requireEmpty(Connection postgresql) throws SQLException {
        try (ResultSet rs = postgresql.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            if (rs.next()) {
                throw new IllegalStateException("The PostgreSQL database is not empty (it has a table "
                        + rs.getString("TABLE_NAME") + "): copy into a new, empty database.");
            }
        }
    }

    /** The top-level changelog of each directory Derby's history names, in the order Derby first applied them. */
    static List<String> changelogsOf(Connection derby) throws SQLException {
        Set<String> changelogs = new LinkedHashSet<>();
        changelogs.add(SchemaMigrator.CORE_CHANGELOG);
        try (Statement s = derby.createStatement();
                ResultSet rs = s.executeQuery("SELECT filename FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                Matcher directory = CHANGELOG_DIRECTORY.matcher(rs.getString(1));
                if (directory.find()) {
                    changelogs.add(directory.group(1) + "changelog.xml");
                }
            }
        }
        return new ArrayList<>(changelogs);
    }

    /** The application's tables (not Liquibase's), each after every table it refers to. */
    static List<String> parentsFirst(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, schema(db), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("databasechangelog")) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema(db), tableName(db, table.getKey()))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Tables refer to each other in a cycle; cannot order them: " + parents);
            }
        }
        return ordered;
    }

    private static String schema(Connection db) throws SQLException {
        return Databases.isDerby(db) ? "APP" : "public";
    }

    private static String tableName(Connection db, String table) throws SQLException {
        return Databases.isDerby(db) ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static long copyTable(Connection derby, Connection postgresql, String table) throws SQLException {
        List<String> selfReferences = selfReferences(derby, table);
        long rows = 0;
        try (Statement read = derby.createStatement();
                ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement write = postgresql.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        // A row's reference to another row of its own table is set once every row is there.
                        write.setObject(i, selfReferences.contains(names.get(i - 1)) ? null : value(rs, i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        for (String column : selfReferences) {
            restoreSelfReference(derby, postgresql, table, column);
        }
        LOG.info(() -> "Copied " + table);
        return rows;
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    private static List<String> selfReferences(Connection derby, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = derby.getMetaData().getImportedKeys(null, "APP", table.toUpperCase(Locale.ROOT))) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static void restoreSelfReference(Connection derby, Connection postgresql, String table, String column)
            throws SQLException {
        try (Statement read = derby.createStatement();
                ResultSet rs = read.executeQuery(
                        "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
                PreparedStatement write =
                        postgresql.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            while (rs.next()) {
                write.setLong(1, rs.getLong(2));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** Each PostgreSQL sequence hands out next what Derby's would have: ids carry on past the copied rows. */
    private static void continueSequences(Connection derby, Connection postgresql) throws SQLException {
        try (Statement read = derby.createStatement();
                ResultSet rs = read.executeQuery("SELECT sequencename FROM sys.syssequences");
                PreparedStatement peek = derby.prepareStatement("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE('APP', ?)");
                PreparedStatement set = postgresql.prepareStatement("SELECT setval(?, ?, false)")) {
            while (rs.next()) {
                String sequence = rs.getString(1);
                peek.setString(1, sequence);
                try (ResultSet next = peek.executeQuery()) {
                    next.next();
                    set.setString(1, sequence.toLowerCase(Locale.ROOT));
                    set.setLong(2, next.getLong(1));
                    set.executeQuery().close();
                }
            }
        }
    }

    /** One open connection as a data source, for the migrator; closing what it hands out leaves it open. */
    private record SingleConnection(Connection connection) implements DataSource {

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                    Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> "close".equals(method.getName()) ? null : method.invoke(connection, args));
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return LOG;
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return connection.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return connection.isWrapperFor(type);
        }
    }
}
