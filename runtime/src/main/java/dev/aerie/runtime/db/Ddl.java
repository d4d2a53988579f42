package dev.aerie.runtime.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
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
            String name = scriptName(dialect);
            try (InputStream in = loader.getResourceAsStream(name)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        };
    }

    /**
     * Scripts written by the same compilation as {@code owner} (the generated {@code OrmProvider}):
     * the copy in the class path entry that holds {@code owner}. A test compilation with entities of
     * its own writes scripts of the same name into test-classes, which come first on a test's class
     * path; they must not replace the application's.
     */
    static Ddl resources(Class<?> owner) {
        ClassLoader loader = owner.getClassLoader();
        String classFile = owner.getName().replace('.', '/') + ".class";
        URL ownerUrl = loader.getResource(classFile);
        String entry = ownerUrl == null ? "" : ownerUrl.toString().substring(0, ownerUrl.toString().length() - classFile.length());
        return dialect -> {
            String name = scriptName(dialect);
            try {
                URL first = null;
                for (Enumeration<URL> all = loader.getResources(name); all.hasMoreElements(); ) {
                    URL url = all.nextElement();
                    if (!entry.isEmpty() && url.toString().equals(entry + name)) {
                        first = url;
                        break;
                    }
                    first = first == null ? url : first;
                }
                if (first == null) {
                    return Optional.empty();
                }
                try (InputStream in = first.openStream()) {
                    return Optional.of(read(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        };
    }

    private static String scriptName(Dialect dialect) {
        return "META-INF/aerie/schema/" + dialect.id() + ".sql";
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
