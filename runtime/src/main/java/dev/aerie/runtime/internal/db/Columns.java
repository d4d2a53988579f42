package dev.aerie.runtime.internal.db;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What both backends' row readers need: columns by label, UUIDs from what drivers return. For the backends; not an API. */
public final class Columns {
    private Columns() {}

    /**
     * Where each of {@code mapping}'s columns is, given the result's column positions by lower-case
     * label (the first of equal labels); fails naming the missing column.
     */
    public static int[] positionsByLabel(RowMapping<?> mapping, Map<String, Integer> byLabel) {
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

    /** A UUID from a driver's value: a UUID, its text, or its 16 bytes. */
    public static UUID toUuid(Object value) {
        return switch (value) {
            case null -> null;
            case UUID uuid -> uuid;
            case String text -> UUID.fromString(text.trim());
            case byte[] bytes when bytes.length == 16 -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                yield new UUID(buffer.getLong(), buffer.getLong());
            }
            default -> throw new IllegalStateException("cannot read a UUID from a " + value.getClass().getName());
        };
    }
}
