package dev.aerie.processor.orm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of one entity in one dialect, with positional {@code ?} parameters in the
 * order {@code EntityTable.Statement} documents.
 */
final class SqlStatements {
    private final SqlDialect dialect;
    private final EntityModel entity;

    SqlStatements(SqlDialect dialect, EntityModel entity) {
        this.dialect = dialect;
        this.entity = entity;
    }

    /** The non-generated columns, bound in column order. */
    String insert() {
        List<FieldModel> columns = entity.columns().stream().filter(f -> !(f.id() && f.generated())).toList();
        return "INSERT INTO " + table() + " (" + names(columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The non-key columns in column order, then the key columns. */
    String update() {
        List<FieldModel> values = entity.columns().stream().filter(f -> !f.id()).toList();
        String id = q(entity.idFields().get(0).column());
        // an entity of only a key (a join entity) still gets a valid statement, binding just the key
        String assignments = values.isEmpty()
                ? id + " = " + id
                : values.stream().map(f -> q(f.column()) + " = ?").collect(Collectors.joining(", "));
        return "UPDATE " + table() + " SET " + assignments + " WHERE " + idEquals();
    }

    String deleteById() {
        return "DELETE FROM " + table() + " WHERE " + idEquals();
    }

    String selectById() {
        return selectAllColumns() + " WHERE " + idEquals();
    }

    String selectAll() {
        return selectAllColumns() + " ORDER BY " + names(entity.idFields());
    }

    private String selectAllColumns() {
        return "SELECT " + names(entity.columns()) + " FROM " + table();
    }

    /** Every key column, in key order. */
    private String idEquals() {
        return entity.idFields().stream().map(f -> q(f.column()) + " = ?").collect(Collectors.joining(" AND "));
    }

    private String table() {
        return q(entity.table());
    }

    private String names(List<FieldModel> columns) {
        return columns.stream().map(f -> q(f.column())).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
