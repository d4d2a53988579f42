package dev.aerie.processor.orm;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.orm.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Column(formerly)} and {@code @Entity(formerly)}: recorded in the DDL for {@code db diff}, and the mistake it refuses. */
class FormerlyTest {
    private static final String IMPORTS = "import dev.aerie.api.db.*;";

    @Test
    void renamesAreRecordedAsDirectivesBeforeTheirTable() {
        JavaFileObject book = source("shop.Book",
                "package shop;",
                IMPORTS,
                "",
                "@Entity(table = \"books\", formerly = \"old_books\")",
                "public record Book(@Id long id, @Column(formerly = \"title\") String headline) {}");
        Compilation compilation = OrmCompiler.compile(book);
        assertThat(compilation).succeeded();
        for (String dialect : new String[] {"h2", "postgresql", "mariadb"}) {
            String ddl = OrmCompiler.schema(compilation, dialect + ".sql");
            assertTrue(ddl.contains("\n-- aerie: table books formerly old_books\n-- aerie: column books.headline formerly title\nCREATE TABLE IF NOT EXISTS "),
                    ddl);
        }
    }

    @Test
    void formerlyNamingTheTableOfAnotherEntityIsAnErrorOnTheClass() {
        JavaFileObject book = source("shop.Book",
                "package shop;",
                IMPORTS,
                "",
                "@Entity(table = \"books\", formerly = \"tags\")",
                "public record Book(@Id long id) {}");
        JavaFileObject tag = source("shop.Tag",
                "package shop;",
                IMPORTS,
                "@Entity(table = \"tags\")",
                "public record Tag(@Id long id) {}");
        Compilation compilation = OrmCompiler.compile(book, tag);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[Aerie/NameClash] Entity shop.Book has @Entity(formerly = \"tags\"), but 'tags' is the table of entity shop.Tag; "
                                + "db diff would rename it away; formerly names the table's previous name, which no entity uses any more: "
                                + "fix it or remove it")
                .inFile(book).onLine(5);
    }

    @Test
    void formerlyNamingACurrentColumnIsAnErrorOnTheField() {
        JavaFileObject book = source("shop.Book",
                "package shop;",
                IMPORTS,
                "",
                "@Entity",
                "public record Book(@Id long id,",
                "                   String title,",
                "                   @Column(formerly = \"title\") String headline) {}");
        Compilation compilation = OrmCompiler.compile(book);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[Aerie/BadColumn] Field 'headline' of entity shop.Book has @Column(formerly = \"title\"), but 'title' is a current "
                                + "column (of field 'title'); db diff would rename it away; formerly names the column's previous name, "
                                + "which no field uses any more: fix it or remove it")
                .inFile(book).onLine(7);
    }
}
