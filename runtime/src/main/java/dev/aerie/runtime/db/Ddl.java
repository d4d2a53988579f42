package dev.aerie.runtime.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The CREATE TABLE/INDEX script of an application per dialect. Used by generated code.
 *
 * <p>A script is statements separated by a {@code ;} at the end of a line; lines starting with
 * {@code --} are comments. Tables come in foreign-key order (referenced tables first).
 */
@FunctionalInterface
public interface Ddl {

    /** The script for {@code dialect}, or empty when the application has none for it. */
    Optional<String> script(Dialect dialect);

    /** Scripts read from {@code META-INF/aerie/schema/<dialect id>.sql} through {@code loader}. */
    static Ddl resources(ClassLoader loader) {
        return dialect -> {
            String name = "META-INF/aerie/schema/" + dialect.id() + ".sql";
            try (InputStream in = loader.getResourceAsStream(name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        };
    }
}
