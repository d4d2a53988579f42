package dev.aerie.api.db;

import java.util.Map;

/** 404: {@link Session#update} found no row with the entity's id. */
public final class RowNotFoundException extends DatabaseException {
    public RowNotFoundException(String detail, Map<String, Object> properties) {
        super(404, "Not Found", detail, properties, Map.of(), null);
    }
}
