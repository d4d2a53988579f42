package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.api.db.Row;
import dev.aerie.runtime.internal.db.Columns;
import dev.aerie.runtime.internal.db.JdbcRow;
import dev.aerie.runtime.internal.db.RowMapping;
import dev.aerie.runtime.internal.db.ScalarColumn;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How results of the Vert.x client become entities, projections, scalars or generic rows: the
 * same rules and messages as the JDBC mappers. A {@code PgRows} is told a result's column names
 * once and then reads each of its rows.
 */
@FunctionalInterface
interface PgRows<T> {

    /** The reader of rows of a result with these column names. */
    Function<io.vertx.sqlclient.Row, T> forColumns(List<String> columnNames);

    default List<T> all(RowSet<io.vertx.sqlclient.Row> rows) {
        List<T> out = new ArrayList<>(rows.size());
        if (rows.size() == 0) {
            return out;
        }
        Function<io.vertx.sqlclient.Row, T> reader = forColumns(rows.columnsNames());
        for (io.vertx.sqlclient.Row row : rows) {
            out.add(reader.apply(row));
        }
        return out;
    }

    default Optional<T> first(RowSet<io.vertx.sqlclient.Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(forColumns(rows.columnsNames()).apply(rows.iterator().next()));
    }

    /** For SQL the runtime generated: columns come in the mapping's order. */
    static <T> PgRows<T> inOrder(RowMapping<T> mapping) {
        int[] positions = new int[mapping.columnNames().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return columns -> reader(mapping, positions);
    }

    /** For hand-written SQL: columns are found by label. */
    static <T> PgRows<T> byLabel(RowMapping<T> mapping) {
        return columns -> {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int i = columns.size() - 1; i >= 0; i--) {
                byLabel.put(columns.get(i).toLowerCase(Locale.ROOT), i);
            }
            return reader(mapping, Columns.positionsByLabel(mapping, byLabel));
        };
    }

    private static <T> Function<io.vertx.sqlclient.Row, T> reader(RowMapping<T> mapping, int[] positions) {
        PgColumnReader reader = new PgColumnReader(positions);
        return row -> {
            try {
                return mapping.read(reader.at(row));
            } catch (NullPointerException e) {
                throw new IllegalStateException("a NULL column cannot be read into " + mapping.type().getSimpleName()
                        + " (a primitive component?); select a value or make the component a nullable box", e);
            }
        };
    }

    /** The first column of each row as a scalar type, if {@code type} is one. */
    static <T> Optional<PgRows<T>> scalar(Class<T> type) {
        if (!ScalarColumn.supported(type)) {
            return Optional.empty();
        }
        return Optional.of(columns -> {
            PgColumnReader reader = new PgColumnReader(new int[] {0});
            return row -> ScalarColumn.read(reader.at(row), type);
        });
    }

    /** Generic rows: lower-case labels, bytea as byte[], numeric as BigDecimal. */
    static PgRows<Row> rows() {
        return columns -> {
            List<String> labels = new ArrayList<>(columns.size());
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String label = columns.get(i).toLowerCase(Locale.ROOT);
                labels.add(label);
                index.putIfAbsent(label, i);
            }
            List<String> names = List.copyOf(labels);
            Map<String, Integer> positions = Map.copyOf(index);
            return row -> {
                Object[] values = new Object[names.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = PgColumnReader.plain(row.getValue(i));
                }
                return new JdbcRow(names, values, positions);
            };
        };
    }
}
