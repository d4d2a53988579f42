package dev.aerie.runtime.internal.db;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.aerie.processor.AerieProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.StandardLocation;

/**
 * The upgrade test's entities at their second release, compiled with the processor in the test
 * (so that they do not join this module's own schema): a new nullable column with an index, a
 * column renamed through {@code @Column(formerly)}, and a new table with a composite key and a
 * cascading foreign key. Gives the DDL the processor writes for them.
 */
final class UpgradeEntities {
    static final String AUTHOR = """
            package up;
            import dev.aerie.api.db.*;
            @Entity(table = "up_authors")
            public record UpAuthor(@Id @GeneratedValue Long id, @Column(length = 100) String name) {}
            """;
    static final String BOOK = """
            package up;
            import dev.aerie.api.db.*;
            // snippet:up-book
            @Entity(table = "up_books")
            @Index("authorId")
            public record UpBook(@Id @GeneratedValue Long id,
                                 @Column(length = 200, formerly = "title") String headline,
                                 @References(UpAuthor.class) long authorId,
                                 @Nullable @Column(length = 20) String isbn) {}
            // end::up-book
            """;
    static final String TAG = """
            package up;
            import dev.aerie.api.db.*;
            @Entity(table = "up_book_tags")
            public record UpBookTag(@Id @References(value = UpBook.class, onDelete = OnDelete.CASCADE) long bookId,
                                    @Id @Column(length = 50) String tag) {}
            """;
    static final String NULLABLE = """
            package up;
            @java.lang.annotation.Target({java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.FIELD,
                    java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.PARAMETER})
            public @interface Nullable {}
            """;

    private UpgradeEntities() {}

    /** The processor's CREATE script for {@code dialect} of the given entity sources (plus {@code @Nullable}). */
    static String ddl(Dialect dialect, String... sources) {
        com.google.testing.compile.Compiler compiler = Compiler.javac().withProcessors(new AerieProcessor());
        java.util.List<javax.tools.JavaFileObject> files = new java.util.ArrayList<>();
        files.add(JavaFileObjects.forSourceString("up.Nullable", NULLABLE));
        files.add(JavaFileObjects.forSourceString("ch.Nullable", NULLABLE.replace("package up;", "package ch;")));
        for (String source : sources) {
            String name = source.substring(source.indexOf("public record ") + "public record ".length());
            String pkg = source.substring("package ".length(), source.indexOf(';'));
            files.add(JavaFileObjects.forSourceString(pkg + "." + name.substring(0, name.indexOf('(')), source));
        }
        Compilation compilation = compiler.compile(files);
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new AssertionError("the upgrade entities do not compile: " + compilation.diagnostics());
        }
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/aerie/schema/" + dialect.id() + ".sql")
                    .orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processor's script as a first migration: without IF NOT EXISTS, as docs/migrations.md says to start. */
    static String asFirstScript(String ddl) {
        return ddl.replace(" IF NOT EXISTS", "");
    }

    /** The second release. */
    static String second(Dialect dialect) {
        return ddl(dialect, AUTHOR, BOOK, TAG);
    }
}
