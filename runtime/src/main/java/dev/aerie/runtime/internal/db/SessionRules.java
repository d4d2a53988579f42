package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.RowNotFoundException;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules and messages both session backends (JDBC, Vert.x) share, so a session behaves the same on either. For the backends; not an API. */
public final class SessionRules {
    private SessionRules() {}

    /**
     * The time {@code @CreatedAt}/{@code @UpdatedAt} fields get: in milliseconds, which every
     * database stores exactly (so the entity a write returns equals the one read back) and which
     * is what JSON APIs and JavaScript dates show; the columns themselves keep microseconds.
     */
    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public static IllegalStateException closed() {
        return new IllegalStateException("this session is closed (its request or withSession block has ended)");
    }

    public static RowNotFoundException noRowToUpdate(EntityTable<?> table, Object id) {
        return new RowNotFoundException("There is no " + table.type().getSimpleName() + " with this id to update.",
                Map.of("entity", table.type().getSimpleName(), "id", String.valueOf(id)));
    }

    public static IllegalArgumentException notScalar(Class<?> type) {
        return new IllegalArgumentException(
                "fetchVal reads one column into " + type.getName() + ", which is not a scalar type; use String, a number "
                        + "type, Boolean, BigDecimal, UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime or byte[]");
    }

    public static IllegalArgumentException notMappable(Class<?> type) {
        return new IllegalArgumentException(
                type.getName() + " is neither an @Entity, a @Projection record nor a scalar type; annotate the record "
                        + "with @Projection to map rows to it, or use Row");
    }

    /** An id as given by the caller, widened or narrowed to the id column's integer type; never null. */
    public static Object idOf(ColumnInfo column, Class<?> entity, Object id) {
        Object value = switch (column.type()) {
            case LONG -> id instanceof Number n ? (Object) n.longValue() : id;
            case INT -> id instanceof Number n ? (Object) n.intValue() : id;
            case SHORT -> id instanceof Number n ? (Object) n.shortValue() : id;
            default -> id;
        };
        if (value == null) {
            throw new IllegalArgumentException("the id of " + entity.getSimpleName() + " is null");
        }
        return value;
    }

    /** The key columns of {@code table} in key order: one, or several for a composite key. */
    public static List<ColumnInfo> keyColumns(EntityTable<?> table) {
        List<ColumnInfo> key = table.columns().stream().filter(ColumnInfo::id).toList();
        if (key.isEmpty()) {
            throw new IllegalStateException(table.type().getName() + " has no id column");
        }
        return key;
    }

    /**
     * The key values of {@code id} in key order, each as {@link #idOf} makes it: the id itself for
     * a single-column key, the elements of a {@code List} for a composite one.
     */
    public static Object[] keyOf(EntityTable<?> table, List<ColumnInfo> key, Object id) {
        if (key.size() == 1) {
            return new Object[] {idOf(key.get(0), table.type(), id)};
        }
        String entity = table.type().getSimpleName();
        if (!(id instanceof List<?> values) || values.size() != key.size()) {
            throw new IllegalArgumentException("the key of " + entity + " has " + key.size() + " columns ("
                    + key.stream().map(ColumnInfo::name).collect(Collectors.joining(", ")) + "), so its id is a List of "
                    + key.size() + " values in that order (" + entity + "_.key(...) builds one); got " + id);
        }
        Object[] out = new Object[key.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = idOf(key.get(i), table.type(), values.get(i));
        }
        return out;
    }

    /** Column 0 of {@code reader}: the id the database generated. */
    public static Object generatedKey(ColumnInfo id, ColumnReader reader) {
        return switch (id.type()) {
            case INT -> reader.getInt(0);
            case SHORT -> reader.getShort(0);
            case LONG -> reader.getLong(0);
            case BIG_DECIMAL -> reader.getBigDecimal(0);
            case UUID -> reader.getUuid(0);
            case STRING -> reader.getString(0);
            default -> throw new IllegalStateException("a generated id of type " + id.type() + " is not supported");
        };
    }
}
