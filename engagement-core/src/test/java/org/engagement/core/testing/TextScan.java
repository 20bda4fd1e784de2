package org.engagement.core.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Where a text is still written anywhere in the database: every character column of every table, read from the
 * schema's metadata (so a table added later is searched too), matched ignoring case. For erasure tests.
 */
public final class TextScan {

    private static final Set<Integer> TEXT_TYPES =
            Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB);

    private TextScan() {}

    /** {@code table.column} of every column holding the text somewhere. */
    public static List<String> whereFound(DataSource database, String text) {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE")) && rs.getInt("DATA_TYPE") != Types.CLOB) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                String sql =
                        "SELECT COUNT(*) FROM " + quoted(column[0]) + " WHERE LOWER(" + quoted(column[1]) + ") LIKE ?";
                try (PreparedStatement count = connection.prepareStatement(sql)) {
                    count.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(column[0].toLowerCase(Locale.ROOT) + "." + column[1].toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the database: " + e.getMessage(), e);
        }
        return found;
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
