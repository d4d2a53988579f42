package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.api.db.Row;
import dev.aerie.runtime.internal.db.JdbcRow;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps each row to a generic {@link Row}: lower-case labels, values as java.time types rather
 * than java.sql ones. One instance serves one statement execution.
 */
final class RowRowMapper implements RowMapper<Row> {
    private ResultSet seen;
    private List<String> columns;
    private Map<String, Integer> index;
    private boolean[] zoned;

    @Override
    public Row map(ResultSet rs, StatementContext ctx) throws SQLException {
        if (seen != rs) {
            describe(rs);
            seen = rs;
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = zoned[i] ? rs.getObject(i + 1, OffsetDateTime.class) : plain(rs.getObject(i + 1));
        }
        return new JdbcRow(columns, values, index);
    }

    private void describe(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        List<String> labels = new ArrayList<>(count);
        Map<String, Integer> positions = new HashMap<>();
        zoned = new boolean[count];
        for (int i = 0; i < count; i++) {
            String label = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
            labels.add(label);
            positions.putIfAbsent(label, i);
            // pgjdbc reports timestamptz as TIMESTAMP; its type name tells
            zoned[i] = meta.getColumnType(i + 1) == Types.TIMESTAMP_WITH_TIMEZONE
                    || "timestamptz".equalsIgnoreCase(meta.getColumnTypeName(i + 1));
        }
        columns = List.copyOf(labels);
        index = Map.copyOf(positions);
    }

    private static Object plain(Object value) throws SQLException {
        return switch (value) {
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Time t -> t.toLocalTime();
            case Clob c -> c.getSubString(1, (int) c.length());
            case Blob b -> b.getBytes(1, (int) b.length());
            case null, default -> value;
        };
    }
}
