package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the DDL the processor generated for the entities in {@code dev.aerie.runtime.internal.db.schema}
 * on each database and reads back what the database made of it: column types and nullability
 * from {@code information_schema.columns}, primary keys, unique and foreign keys from
 * {@code information_schema.table_constraints}/{@code key_column_usage}, indexes from the
 * driver's index metadata.
 */
class GeneratedDdlTest {
    private static final List<String> TABLES = List.of("ddl_author", "ddl_publisher", "ddl_edition");

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void generatedDdlCreatesTheDeclaredSchema(TestServer server) throws SQLException {
        TestDatabases.requireReachable(server);
        Dialect dialect = server.dialect();
        try (Connection connection = TestDatabases.observer(server)) {
            dropOurs(connection, dialect);
            run(connection, resource(dialect.id() + ".sql"));
            // IF NOT EXISTS: running it again changes nothing and fails nothing
            run(connection, resource(dialect.id() + ".sql"));
            try {
                assertEquals(expectedColumns(dialect), columns(connection, dialect), "columns of ddl_edition on " + server);
                assertEquals(List.of("ddl_author id NOT NULL " + (dialect == Dialect.MARIADB ? "bigint(20)" : dialect == Dialect.H2 ? "bigint" : "bigint"),
                                "ddl_author name NOT NULL " + varchar(dialect, 120)),
                        columnsOf(connection, dialect, "ddl_author"), "columns of ddl_author on " + server);
                assertEquals(expectedConstraints(dialect), constraints(connection, dialect), "constraints on " + server);
                assertEquals(List.of(
                                "ddl_edition_author_id_edition_number_key UNIQUE (author_id, edition_number)",
                                "ddl_edition_published_on_idx (published_on)"),
                        indexes(connection), "indexes on " + server);
            } finally {
                dropOurs(connection, dialect);
            }
            assertEquals(List.of(), columnsOf(connection, dialect, "ddl_edition"), "dropped on " + server);
        }
    }

    private static List<String> expectedColumns(Dialect dialect) {
        List<String> expected = new ArrayList<>();
        String[][] columns = {
                // name, nullable, H2, PostgreSQL, MariaDB
                {"id", "NOT NULL", "bigint", "bigint", "bigint(20)"},
                {"author_id", "NOT NULL", "bigint", "bigint", "bigint(20)"},
                {"publisher_id", "NULL", "uuid", "uuid", "char(36)"},
                {"edition_number", "NOT NULL", "integer", "integer", "int(11)"},
                {"print_run", "NULL", "integer", "integer", "int(11)"},
                {"pages", "NOT NULL", "smallint", "smallint", "smallint(6)"},
                {"weight_grams", "NULL", "smallint", "smallint", "smallint(6)"},
                {"signed", "NOT NULL", "boolean", "boolean", "tinyint(1)"},
                {"numbered", "NULL", "boolean", "boolean", "tinyint(1)"},
                {"rating", "NOT NULL", "double precision", "double precision", "double"},
                {"score", "NULL", "double precision", "double precision", "double"},
                {"width_cm", "NOT NULL", "real", "real", "float"},
                {"height_cm", "NULL", "real", "real", "float"},
                {"isbn", "NOT NULL", "bigint", "bigint", "bigint(20)"},
                {"stock", "NULL", "bigint", "bigint", "bigint(20)"},
                {"price", "NOT NULL", "numeric(10,2)", "numeric(10,2)", "decimal(10,2)"},
                {"discount", "NULL", "numeric(19,2)", "numeric(19,2)", "decimal(19,2)"},
                {"sku", "NOT NULL", "uuid", "uuid", "char(36)"},
                {"format", "NOT NULL", "character varying(255)", "character varying(255)", "varchar(255)"},
                {"previous_format", "NULL", "character varying(255)", "character varying(255)", "varchar(255)"},
                {"published_on", "NOT NULL", "date", "date", "date"},
                {"printed_at", "NULL", "timestamp(6)", "timestamp without time zone(6)", "datetime(6)"},
                {"created_at", "NOT NULL", "timestamp with time zone(6)", "timestamp with time zone(6)", "datetime(6)"},
                {"updated_at", "NULL", "timestamp with time zone(6)", "timestamp with time zone(6)", "datetime(6)"},
                {"cover", "NULL", "binary varying(1000000000)", "bytea", "longblob"},
                {"edition_title", "NOT NULL", "character varying(300)", "character varying(300)", "varchar(300)"},
        };
        int index = switch (dialect) {
            case H2 -> 2;
            case POSTGRESQL -> 3;
            case MARIADB -> 4;
        };
        for (String[] column : columns) {
            expected.add("ddl_edition " + column[0] + " " + column[1] + " " + column[index]);
        }
        return expected;
    }

    private static List<String> expectedConstraints(Dialect dialect) {
        List<String> expected = new ArrayList<>(List.of(
                "ddl_author PRIMARY KEY (id)",
                "ddl_author UNIQUE ddl_author_name_key (name)",
                "ddl_edition FOREIGN KEY ddl_edition_author_id_fkey (author_id) REFERENCES ddl_author (id)",
                "ddl_edition FOREIGN KEY ddl_edition_publisher_id_fkey (publisher_id) REFERENCES ddl_publisher (id)",
                "ddl_edition PRIMARY KEY (id)",
                "ddl_publisher PRIMARY KEY (id)"));
        if (dialect == Dialect.MARIADB) {
            // MariaDB lists a unique index as a UNIQUE constraint too
            expected.add("ddl_edition UNIQUE ddl_edition_author_id_edition_number_key (author_id, edition_number)");
        }
        return List.copyOf(new TreeSet<>(expected));
    }

    private static String varchar(Dialect dialect, int length) {
        return dialect == Dialect.MARIADB ? "varchar(" + length + ")" : "character varying(" + length + ")";
    }

    private static List<String> columns(Connection connection, Dialect dialect) throws SQLException {
        return columnsOf(connection, dialect, "ddl_edition");
    }

    /** "table column NULL|NOT NULL type", in column order. */
    private static List<String> columnsOf(Connection connection, Dialect dialect, String table) throws SQLException {
        String sql = "SELECT column_name, is_nullable, data_type, character_maximum_length, numeric_precision, "
                + "numeric_scale, datetime_precision" + (dialect == Dialect.MARIADB ? ", column_type" : "")
                + " FROM information_schema.columns WHERE table_schema = " + currentSchema(dialect)
                + " AND table_name = ? ORDER BY ordinal_position";
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String type = dialect == Dialect.MARIADB ? rs.getString("column_type") : describe(rs);
                    columns.add(table + " " + rs.getString("column_name") + " "
                            + ("YES".equals(rs.getString("is_nullable")) ? "NULL" : "NOT NULL") + " " + type);
                }
            }
        }
        return columns;
    }

    private static String describe(ResultSet rs) throws SQLException {
        String type = rs.getString("data_type").toLowerCase(Locale.ROOT);
        if (type.contains("char") || type.contains("binary")) {
            return type + "(" + rs.getLong("character_maximum_length") + ")";
        }
        if (type.equals("numeric") || type.equals("decimal")) {
            return type + "(" + rs.getInt("numeric_precision") + "," + rs.getInt("numeric_scale") + ")";
        }
        if (type.startsWith("timestamp")) {
            return type + "(" + rs.getInt("datetime_precision") + ")";
        }
        return type;
    }

    /** "table TYPE [name] (columns) [REFERENCES table (columns)]", sorted; primary keys without their name. */
    private static List<String> constraints(Connection connection, Dialect dialect) throws SQLException {
        String sql = "SELECT tc.table_name, tc.constraint_type, tc.constraint_name, k.column_name"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name"
                + " AND k.table_name = tc.table_name AND k.table_schema = tc.table_schema"
                + " WHERE tc.table_schema = " + currentSchema(dialect)
                + " AND tc.table_name IN ('ddl_author', 'ddl_publisher', 'ddl_edition')"
                + " AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY tc.table_name, tc.constraint_name, k.ordinal_position";
        TreeSet<String> result = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            String key = null;
            StringBuilder columns = new StringBuilder();
            String head = null;
            String name = null;
            while (rs.next()) {
                String thisKey = rs.getString(1) + "/" + rs.getString(3);
                if (!thisKey.equals(key)) {
                    if (key != null) {
                        result.add(head + "(" + columns + ")" + references(connection, dialect, name));
                    }
                    key = thisKey;
                    columns.setLength(0);
                    name = rs.getString(3);
                    String type = rs.getString(2);
                    head = rs.getString(1) + " " + type + " " + (type.equals("PRIMARY KEY") ? "" : name + " ");
                } else {
                    columns.append(", ");
                }
                columns.append(rs.getString(4));
            }
            if (key != null) {
                result.add(head + "(" + columns + ")" + references(connection, dialect, name));
            }
        }
        return List.copyOf(result);
    }

    /** " REFERENCES table (column)" for a foreign key, else "". */
    private static String references(Connection connection, Dialect dialect, String constraint) throws SQLException {
        String sql = dialect == Dialect.MARIADB
                ? "SELECT referenced_table_name, referenced_column_name FROM information_schema.key_column_usage"
                        + " WHERE table_schema = DATABASE() AND constraint_name = ? AND referenced_table_name IS NOT NULL"
                : "SELECT k.table_name, k.column_name FROM information_schema.referential_constraints rc"
                        + " JOIN information_schema.key_column_usage k ON k.constraint_name = rc.unique_constraint_name"
                        + " AND k.constraint_schema = rc.unique_constraint_schema"
                        + " WHERE rc.constraint_schema = " + currentSchema(dialect) + " AND rc.constraint_name = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, constraint);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? " REFERENCES " + rs.getString(1) + " (" + rs.getString(2) + ")" : "";
            }
        }
    }

    /** The generated indexes of ddl_edition: "name [UNIQUE] (columns)". */
    private static List<String> indexes(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        TreeSet<String> result = new TreeSet<>();
        java.util.Map<String, List<String>> columns = new java.util.TreeMap<>();
        java.util.Map<String, Boolean> unique = new java.util.HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), "ddl_edition", false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                // only the indexes the DDL names; databases add their own for keys
                if (name == null || !name.startsWith("ddl_edition_") || !(name.endsWith("_idx") || name.endsWith("_key"))) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new ArrayList<>(java.util.Arrays.asList(new String[8])))
                        .set(rs.getInt("ORDINAL_POSITION") - 1, rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        columns.forEach((name, cols) -> result.add(name + (unique.get(name) ? " UNIQUE" : "") + " ("
                + String.join(", ", cols.stream().filter(java.util.Objects::nonNull).toList()) + ")"));
        return List.copyOf(result);
    }

    private static String currentSchema(Dialect dialect) {
        return switch (dialect) {
            case H2 -> "CURRENT_SCHEMA";
            case POSTGRESQL -> "current_schema()";
            case MARIADB -> "DATABASE()";
        };
    }

    /** The drop script's statements for this test's tables only: other test classes own the rest of the compilation's. */
    private static void dropOurs(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : ApplicationDatabase.statements(resource("drop-" + dialect.id() + ".sql"))) {
                if (TABLES.stream().anyMatch(table -> sql.endsWith(dialect.quote(table)))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : ApplicationDatabase.statements(script)) {
                statement.execute(sql);
            }
        }
    }

    private static String resource(String name) {
        String path = "META-INF/aerie/schema/" + name;
        try (InputStream in = GeneratedDdlTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError(path + " was not generated");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
