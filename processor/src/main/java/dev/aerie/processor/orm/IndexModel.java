package dev.aerie.processor.orm;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Index} of an entity: where it is written ({@code origin}; {@code origin + "/" + i} is
 * its i-th field name), its fields (Java names) in order, whether unique, an explicit name.
 */
record IndexModel(String origin, List<String> fields, boolean unique, Optional<String> name) {
    IndexModel {
        fields = List.copyOf(fields);
    }
}
