package dev.aerie.runtime.internal.db.schema;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import java.util.UUID;

/** A class entity (not a record) with a UUID id, read through getters and a constructor by name. */
@Entity(table = "ddl_publisher")
public final class DdlPublisher {
    @Id private final UUID id;
    private final String name;

    public DdlPublisher(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
