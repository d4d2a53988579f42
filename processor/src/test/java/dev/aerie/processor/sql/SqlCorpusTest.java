package dev.aerie.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The checker against a corpus (src/test/resources/sql): every valid statement compiles without an
 * error or warning; every broken one fails with its message on its own line. Each statement is one
 * line of a generated class calling {@code Session}, so the line asserted is the statement's.
 */
class SqlCorpusTest {
    private static final int HEADER = 7; // lines of the generated class before the first statement

    @Test
    void everyValidStatementPasses() {
        List<String> calls = lines("valid.txt");
        assertTrue(calls.size() >= 60, "the valid corpus has " + calls.size() + " statements");
        Compilation compilation = SqlCompiler.compile(Blog.with(corpus("blog.Valid", calls)));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void everyBrokenStatementFailsOnItsLineWithItsMessage() {
        List<String> entries = lines("broken.txt");
        assertTrue(entries.size() >= 25, "the broken corpus has " + entries.size() + " statements");
        List<String> calls = entries.stream().map(e -> e.substring(0, e.indexOf(" ==> "))).toList();
        JavaFileObject source = corpus("blog.Broken", calls);
        Compilation compilation = SqlCompiler.compile(List.of("-Aaerie.sql.dialects=postgresql,mariadb"), Blog.with(source));
        assertThat(compilation).failed();
        for (int i = 0; i < entries.size(); i++) {
            String expected = entries.get(i).substring(entries.get(i).indexOf(" ==> ") + " ==> ".length());
            assertThat(compilation).hadErrorContaining(expected).inFile(source).onLine(HEADER + i + 1);
        }
    }

    private static JavaFileObject corpus(String name, List<String> calls) {
        List<String> lines = new ArrayList<>(List.of(
                "package blog;",
                "import dev.aerie.api.db.*;",
                "import java.util.List;",
                "import java.util.Map;",
                "@SuppressWarnings(\"unused\")",
                "final class " + name.substring(name.indexOf('.') + 1) + " {",
                "    void run(Session s, Map<String, Object> p) {"));
        calls.forEach(c -> lines.add("        " + c));
        lines.add("    }");
        lines.add("}");
        return JavaFileObjects.forSourceLines(name, lines);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SqlCorpusTest.class.getResourceAsStream("/sql/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
