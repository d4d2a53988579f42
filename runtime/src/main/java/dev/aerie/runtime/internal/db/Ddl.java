package dev.aerie.runtime.internal.db;

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
 * For generated code; not an API.
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
     * the copy in the class path entry that holds {@code owner}, else the first on the class path.
     * A test compilation with entities of its own writes scripts of the same name into
     * test-classes, which come first on a test's class path; they must not replace the application's.
     */
    static Ddl resources(Class<?> owner) {
        return dialect -> {
            String name = scriptName(dialect);
            Optional<URL> own = inEntryOf(owner, name);
            if (own.isPresent()) {
                return Optional.of(read(own.get(), name));
            }
            URL first = owner.getClassLoader().getResource(name);
            return first == null ? Optional.empty() : Optional.of(read(first, name));
        };
    }

    /**
     * The scripts of several compilations, one after the other: for each owner (a class each
     * compilation generated), the script in the class path entry that holds it, if any. Used by
     * the {@code OrmProvider} of an application that imports modules of another compilation, such
     * as a test root module using the entities of {@code src/main}.
     */
    static Ddl ofCompilations(Class<?>... owners) {
        return dialect -> {
            String name = scriptName(dialect);
            StringBuilder script = new StringBuilder();
            for (Class<?> owner : owners) {
                inEntryOf(owner, name).ifPresent(url -> script.append(read(url, name)).append('\n'));
            }
            return script.isEmpty() ? Optional.empty() : Optional.of(script.toString());
        };
    }

    /** Resource {@code name} in the class path entry (directory or jar) that holds {@code owner}'s class file. */
    private static Optional<URL> inEntryOf(Class<?> owner, String name) {
        ClassLoader loader = owner.getClassLoader();
        String classFile = owner.getName().replace('.', '/') + ".class";
        URL ownerUrl = loader.getResource(classFile);
        if (ownerUrl == null) {
            return Optional.empty();
        }
        String entry = ownerUrl.toString().substring(0, ownerUrl.toString().length() - classFile.length());
        try {
            for (Enumeration<URL> all = loader.getResources(name); all.hasMoreElements(); ) {
                URL url = all.nextElement();
                if (url.toString().equals(entry + name)) {
                    return Optional.of(url);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String scriptName(Dialect dialect) {
        return "META-INF/aerie/schema/" + dialect.id() + ".sql";
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String read(URL url, String name) {
        try (InputStream in = url.openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
