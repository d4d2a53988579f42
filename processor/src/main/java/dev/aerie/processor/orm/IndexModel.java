package dev.aerie.processor.orm;

import java.util.List;
import java.util.Optional;

/** An {@code @Index} of an entity: its fields (Java names) in order, whether unique, an explicit name. */
record IndexModel(List<String> fields, boolean unique, Optional<String> name) {
    IndexModel {
        fields = List.copyOf(fields);
    }
}
