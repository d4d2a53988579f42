package dev.aerie.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.sql.SqlCompiler.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How Session calls are found, silenced and switched off; @Sql values on their annotation's line. */
class SessionCallsTest {

    private static final JavaFileObject NOTES = source("blog.Notes",
            "package blog;",
            "import dev.aerie.api.db.*;",
            "import java.util.Map;",
            "class Notes {",
            "    static final String COUNT = \"SELECT COUNT(*) FROM \" + \"articles\";",
            "    long count(Session db) {",
            "        return db.fetchVal(Long.class, COUNT).orElse(0L) + db.fetchVal(Long.class, \"SELECT COUNT(*) FROM artcles\").orElse(0L);",
            "    }",
            "    void byColumn(Session db, String column) {",
            "        db.fetchAll(\"SELECT \" + column + \" FROM articles\");",
            "    }",
            "    @UncheckedSql(\"the column is one of a fixed list\")",
            "    void silenced(Session db, String column) {",
            "        db.fetchAll(\"SELECT \" + column + \" FROM articles\");",
            "    }",
            "    @SuppressWarnings(\"UncheckedSql\")",
            "    void suppressed(Session db, String column) {",
            "        db.fetchAll(\"SELECT \" + column + \" FROM articles\", Map.of());",
            "    }",
            "}");

    @Test
    void constantsAreCheckedAndRunTimeSqlWarnsUnlessSilenced() {
        Compilation compilation = SqlCompiler.compile(Blog.with(NOTES));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Aerie/UnknownTable] unknown table `artcles`").inFile(NOTES).onLine(7);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[Aerie/UncheckedSql] the SQL passed to Session.fetchAll is built at"
                + " run time, so the checker cannot see it.").inFile(NOTES).onLine(10);
    }

    @Test
    void theOptionTurnsTheCheckerOff() {
        Compilation compilation = SqlCompiler.compile(List.of("-Aaerie.sql.check=false"), Blog.with(NOTES));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void withoutAnyEntityTablesAreNotCheckedButParametersAre() {
        JavaFileObject raw = source("raw.Raw",
                "package raw;",
                "import dev.aerie.api.db.*;",
                "import java.util.Map;",
                "class Raw {",
                "    void run(Session db) {",
                "        db.execute(\"INSERT INTO notes (text) VALUES (:text)\", Map.of(\"text\", \"x\"));",
                "        db.execute(\"INSERT INTO notes (text) VALUES (:text)\", Map.of(\"txt\", \"x\"));",
                "    }",
                "}",
                "@dev.aerie.api.Module final class RawModule {}");
        Compilation compilation = SqlCompiler.compile(raw);
        assertThat(compilation).hadErrorContaining("[Aerie/BadSqlParameter] the SQL uses :text, which is not among the"
                + " Map.of(...) keys; did you mean `:txt`?").inFile(raw).onLine(7);
        assertThat(compilation).hadErrorCount(2); // and txt is unused; line 6 is fine
    }

    @Test
    void unparsableSqlIsAWarningNamingTheParser() {
        JavaFileObject queries = source("blog.Odd",
                "package blog;",
                "import dev.aerie.api.db.*;",
                "@Queries",
                "interface Odd {",
                "    @Sql(\"SELEC title FROM articles\")",
                "    int odd();",
                "}");
        Compilation compilation = SqlCompiler.compile(Blog.with(queries));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[Aerie/UnparsedSql] JSqlParser cannot parse this SQL (Encountered"
                + " unexpected token: \"SELEC\"").inFile(queries).onLine(5);
    }

    @Test
    void sqlValuesAreCheckedAgainstTheMethodsParametersAndResult() {
        JavaFileObject queries = source("blog.Q",
                "package blog;",
                "import dev.aerie.api.db.*;",
                "import java.util.List;",
                "@Queries",
                "interface Q {",
                "    @Sql(\"SELECT title, favorites_count FROM articles WHERE slug = :slugg\")",
                "    List<TitleCount> counts(String slug);",
                "}");
        Compilation compilation = SqlCompiler.compile(Blog.with(queries));
        assertThat(compilation).hadErrorContaining("[Aerie/BadSqlParameter] the SQL uses :slugg, which is not among the"
                + " method's parameters; did you mean `:slug`?").inFile(queries).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/BadSqlParameter] slug of the method's parameters is not used by"
                + " the SQL").inFile(queries).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/ResultMismatch] the result has no column `count` for TitleCount;"
                + " it selects title, favorites_count.").inFile(queries).onLine(6);
        assertThat(compilation).hadErrorCount(3);
    }
}
