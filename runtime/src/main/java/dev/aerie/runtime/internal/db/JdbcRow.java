package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.Row;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link Row} holding the values of one result row, already read from the driver. For the backends; not an API. */
public record JdbcRow(List<String> columns, Object[] values, Map<String, Integer> index) implements Row {

    @Override
    public Object get(String column) {
        Integer position = index.get(column.toLowerCase(Locale.ROOT));
        if (position == null) {
            throw new IllegalArgumentException("the row has no column '" + column + "'; it has " + columns);
        }
        return values[position];
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException("column " + index + " of a row with " + values.length + " columns");
        }
        return values[index];
    }

    @Override
    public <V> Optional<V> get(String column, Class<V> type) {
        return Optional.ofNullable(convert(get(column), type, column));
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(columns.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    @SuppressWarnings("unchecked") // each branch produces the type asked for (a box for a primitive class)
    public static <V> V convert(Object value, Class<V> type, String column) {
        if (value == null) {
            return null;
        }
        Object converted;
        if (type == String.class) {
            converted = value.toString();
        } else if (type == Integer.class || type == int.class) {
            converted = number(value, column).intValue();
        } else if (type == Long.class || type == long.class) {
            converted = number(value, column).longValue();
        } else if (type == Short.class || type == short.class) {
            converted = number(value, column).shortValue();
        } else if (type == Double.class || type == double.class) {
            converted = number(value, column).doubleValue();
        } else if (type == Float.class || type == float.class) {
            converted = number(value, column).floatValue();
        } else if (type == BigDecimal.class) {
            converted = switch (value) {
                case BigDecimal d -> d;
                case BigInteger i -> new BigDecimal(i);
                case Double d -> BigDecimal.valueOf(d);
                case Float f -> BigDecimal.valueOf(f);
                default -> new BigDecimal(number(value, column).toString());
            };
        } else if (type == Boolean.class || type == boolean.class) {
            converted = switch (value) {
                case Boolean b -> b;
                case Number n -> n.intValue() != 0;
                default -> throw cannot(value, type, column);
            };
        } else if (type == UUID.class) {
            converted = Columns.toUuid(value);
        } else if (type == Instant.class) {
            converted = switch (value) {
                case Instant i -> i;
                case OffsetDateTime t -> t.toInstant();
                case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
                default -> throw cannot(value, type, column);
            };
        } else if (type == OffsetDateTime.class) {
            converted = switch (value) {
                case OffsetDateTime t -> t;
                case Instant i -> i.atOffset(ZoneOffset.UTC);
                case LocalDateTime t -> t.atOffset(ZoneOffset.UTC);
                default -> throw cannot(value, type, column);
            };
        } else if (type == LocalDateTime.class) {
            converted = switch (value) {
                case LocalDateTime t -> t;
                case OffsetDateTime t -> t.toLocalDateTime();
                default -> throw cannot(value, type, column);
            };
        } else if (type == LocalDate.class) {
            converted = switch (value) {
                case LocalDate d -> d;
                case LocalDateTime t -> t.toLocalDate();
                default -> throw cannot(value, type, column);
            };
        } else if (type.isInstance(value)) {
            converted = value;
        } else {
            throw cannot(value, type, column);
        }
        return (V) converted;
    }

    private static Number number(Object value, String column) {
        return switch (value) {
            case Number n -> n;
            case Boolean b -> b ? 1 : 0;
            case String s -> {
                try {
                    yield new BigDecimal(s.trim());
                } catch (NumberFormatException e) {
                    throw cannot(value, Number.class, column);
                }
            }
            default -> throw cannot(value, Number.class, column);
        };
    }

    private static IllegalArgumentException cannot(Object value, Class<?> type, String column) {
        return new IllegalArgumentException("column '" + column + "' holds a " + value.getClass().getSimpleName()
                + ", which does not convert to " + type.getSimpleName());
    }
}
