package dev.aerie.runtime.internal.db;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows through a generated {@link RowMapping}. Column labels are matched to the mapping's
 * names once, on the first row; one instance serves one statement execution.
 */
final class MappingRowMapper<T> implements RowMapper<T> {
    private final RowMapping<T> mapping;
    private final Dialect dialect;
    private final boolean inOrder;
    private JdbcColumnReader reader;
    private ResultSet readerOf;

    private MappingRowMapper(RowMapping<T> mapping, Dialect dialect, boolean inOrder) {
        this.mapping = mapping;
        this.dialect = dialect;
        this.inOrder = inOrder;
    }

    /** For SQL the runtime generated itself: columns come in the mapping's order. */
    static <T> MappingRowMapper<T> inOrder(RowMapping<T> mapping, Dialect dialect) {
        return new MappingRowMapper<>(mapping, dialect, true);
    }

    /** For hand-written SQL: columns are found by label. */
    static <T> MappingRowMapper<T> byLabel(RowMapping<T> mapping, Dialect dialect) {
        return new MappingRowMapper<>(mapping, dialect, false);
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        if (reader == null || readerOf != rs) {
            reader = new JdbcColumnReader(rs, positions(rs), dialect);
            readerOf = rs;
        }
        try {
            return mapping.read(reader);
        } catch (JdbcColumnReader.ReadFailure failure) {
            throw failure.getCause();
        } catch (NullPointerException e) {
            throw new IllegalStateException("a NULL column cannot be read into " + mapping.type().getSimpleName()
                    + " (a primitive component?); select a value or make the component a nullable box", e);
        }
    }

    private int[] positions(ResultSet rs) throws SQLException {
        if (inOrder) {
            int[] positions = new int[mapping.columnNames().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i + 1;
            }
            return positions;
        }
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = meta.getColumnCount(); i >= 1; i--) {
            byLabel.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        return positionsByLabel(mapping, byLabel);
    }

    /**
     * Where each of {@code mapping}'s columns is, given the result's column positions by lower-case
     * label (the first of equal labels); fails naming the missing column. Shared with the Vert.x rows.
     */
    static int[] positionsByLabel(RowMapping<?> mapping, Map<String, Integer> byLabel) {
        List<String> names = mapping.columnNames();
        int[] positions = new int[names.size()];
        for (int i = 0; i < positions.length; i++) {
            Integer position = byLabel.get(names.get(i));
            if (position == null) {
                throw new IllegalStateException("the result has no column '" + names.get(i) + "' for "
                        + mapping.type().getSimpleName() + "; it has " + byLabel.keySet().stream().sorted().toList()
                        + ". Select it (or alias a column: AS " + names.get(i) + ")");
            }
            positions[i] = position;
        }
        return positions;
    }
}
