package dev.aerie.runtime.db;

import dev.aerie.api.db.Row;
import io.vertx.sqlclient.RowSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
            return reader(mapping, positions);
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
        if (!ScalarRowMapper.supported(type)) {
            return Optional.empty();
        }
        return Optional.of(columns -> {
            PgColumnReader reader = new PgColumnReader(new int[] {0});
            return row -> scalar(reader.at(row), type);
        });
    }

    @SuppressWarnings("unchecked") // each branch reads the type asked for (a box for a primitive class)
    private static <T> T scalar(PgColumnReader row, Class<T> type) {
        Object value;
        if (type == String.class) {
            value = row.getString(0);
        } else if (type == Integer.class || type == int.class) {
            value = row.getInt(0);
        } else if (type == Long.class || type == long.class) {
            value = row.getLong(0);
        } else if (type == Short.class || type == short.class) {
            value = row.getShort(0);
        } else if (type == Boolean.class || type == boolean.class) {
            value = row.getBoolean(0);
        } else if (type == Double.class || type == double.class) {
            value = row.getDouble(0);
        } else if (type == Float.class || type == float.class) {
            value = row.getFloat(0);
        } else if (type == BigDecimal.class) {
            value = row.getBigDecimal(0);
        } else if (type == UUID.class) {
            value = row.getUuid(0);
        } else if (type == LocalDate.class) {
            value = row.getLocalDate(0);
        } else if (type == LocalDateTime.class) {
            value = row.getLocalDateTime(0);
        } else if (type == Instant.class) {
            value = row.getInstant(0);
        } else if (type == OffsetDateTime.class) {
            value = row.getOffsetDateTime(0);
        } else {
            value = row.getBytes(0);
        }
        return (T) value;
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
