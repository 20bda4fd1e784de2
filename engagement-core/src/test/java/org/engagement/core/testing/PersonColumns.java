package org.engagement.core.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Every column of the schema that names a person, read from the database's own metadata after the real changelogs
 * ran: a foreign key to {@code person}, or a column called {@code person_id} or {@code ..._person_id} (sector modules
 * keep no foreign keys to core tables, so their columns are found by name). As {@code table.column} in lower case.
 */
public final class PersonColumns {

    private PersonColumns() {}

    public static Set<String> in(DataSource database) {
        Set<String> found = new TreeSet<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (!lower(table).equals("person") && !lower(table).startsWith("databasechangelog")) {
                        foreignKeysToPerson(meta, schema, table, found);
                        namedLikePerson(meta, schema, table, found);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema: " + e.getMessage(), e);
        }
        return found;
    }

    private static void foreignKeysToPerson(DatabaseMetaData meta, String schema, String table, Set<String> found)
            throws SQLException {
        try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
            while (keys.next()) {
                if (lower(keys.getString("PKTABLE_NAME")).equals("person")) {
                    found.add(lower(table) + "." + lower(keys.getString("FKCOLUMN_NAME")));
                }
            }
        }
    }

    private static void namedLikePerson(DatabaseMetaData meta, String schema, String table, Set<String> found)
            throws SQLException {
        try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
            while (columns.next()) {
                String column = lower(columns.getString("COLUMN_NAME"));
                if (column.equals("person_id") || column.endsWith("_person_id")) {
                    found.add(lower(table) + "." + column);
                }
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
