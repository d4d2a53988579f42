package dev.aerie.processor.orm;

import dev.aerie.processor.sql.SqlSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities as the SQL checker sees them, and the one-line-per-column form in which a
 * compilation records them for the compilations that import it ({@link CompiledEntities}).
 */
final class SqlSchemas {
    private SqlSchemas() {}

    static SqlSchema.Table table(EntityModel entity) {
        return new SqlSchema.Table(entity.table(), entity.columns().stream()
                .map(f -> new SqlSchema.Column(f.column(), type(f.type().valueKind()),
                        f.nullable(), f.generated() && entity.generatedId()))
                .toList(), Optional.of(entity.qualifiedName()));
    }

    static SqlSchema.SqlType type(ValueKind kind) {
        return switch (kind) {
            case STRING, ENUM -> SqlSchema.SqlType.TEXT;
            case INT, LONG, SHORT -> SqlSchema.SqlType.INTEGER;
            case DOUBLE, FLOAT, BIG_DECIMAL -> SqlSchema.SqlType.DECIMAL;
            case BOOLEAN -> SqlSchema.SqlType.BOOLEAN;
            case UUID -> SqlSchema.SqlType.UUID;
            case LOCAL_DATE -> SqlSchema.SqlType.DATE;
            case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> SqlSchema.SqlType.TIMESTAMP;
            case BYTES -> SqlSchema.SqlType.BYTES;
        };
    }

    /** {@code <table> <column> <type> <nullable|not-null> <generated|assigned>} per column. */
    static List<String> lines(List<EntityModel> entities) {
        List<String> lines = new ArrayList<>();
        for (EntityModel entity : entities) {
            for (SqlSchema.Column c : table(entity).columns()) {
                lines.add(entity.table() + " " + c.name() + " " + c.type().name() + " "
                        + (c.nullable() ? "nullable" : "not-null") + " " + (c.generated() ? "generated" : "assigned"));
            }
        }
        return lines;
    }

    /** The tables of {@link #lines}; lines that do not parse (a newer format) are skipped. */
    static List<SqlSchema.Table> read(List<String> lines) {
        Map<String, List<SqlSchema.Column>> tables = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 5) {
                continue;
            }
            try {
                tables.computeIfAbsent(parts[0], t -> new ArrayList<>()).add(new SqlSchema.Column(parts[1],
                        SqlSchema.SqlType.valueOf(parts[2]), parts[3].equals("nullable"), parts[4].equals("generated")));
            } catch (IllegalArgumentException unknownType) {
                // written by another version of the processor: that column is not checked
            }
        }
        return tables.entrySet().stream().map(e -> new SqlSchema.Table(e.getKey(), e.getValue())).toList();
    }
}
