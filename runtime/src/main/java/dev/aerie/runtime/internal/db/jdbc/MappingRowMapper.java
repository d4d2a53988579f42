package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.runtime.internal.db.Columns;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.RowMapping;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
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
        return Columns.positionsByLabel(mapping, byLabel);
    }
}
