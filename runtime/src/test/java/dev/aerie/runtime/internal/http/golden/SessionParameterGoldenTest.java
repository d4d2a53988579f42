package dev.aerie.runtime.internal.http.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.aerie.processor.AerieProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A route method that takes the ORM's request-bound {@code Session}: the generated service gets
 * a {@code Provider<Session>} from the container once and asks it per request. The application
 * has no entity, so this also checks that a Session parameter alone makes the ORM bind one.
 * Golden file under {@code processor/src/test/resources/golden/http}; {@code -Dgolden.update=true}
 * rewrites it.
 */
class SessionParameterGoldenTest {

    static final JavaFileObject MODULE = JavaFileObjects.forSourceLines("notes.NotesModule",
            "package notes;",
            "@dev.aerie.api.Module(controllers = NotesController.class)",
            "public final class NotesModule {}");

    static final JavaFileObject CONTROLLER = JavaFileObjects.forSourceLines("notes.NotesController",
            "package notes;",
            "import dev.aerie.api.db.Session;",
            "import dev.aerie.api.http.*;",
            "import java.util.Map;",
            "@Controller(\"/notes\")",
            "public final class NotesController {",
            "    @Post @Status(201) public void add(String text, Session db) {",
            "        db.execute(\"INSERT INTO notes (text) VALUES (:text)\", Map.of(\"text\", text));",
            "    }",
            "    @Get(\"/count\") public long count(Session db) {",
            "        return db.fetchVal(Long.class, \"SELECT COUNT(*) FROM notes\").orElse(0L);",
            "    }",
            "}");

    @Test
    void aSessionParameterIsProvidedByTheContainer() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror").compile(MODULE, CONTROLLER);
        assertThat(compilation).succeeded();
        String generated = compilation.generatedSourceFile("notes.NotesController_Http").orElseThrow()
                .getCharContent(true).toString();
        Path golden = HttpGoldenTest.GOLDEN.resolve("NotesController_Http.java.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated);
        // the ORM bound the Session although nothing else asks for one
        assertThat(compilation).generatedSourceFile("notes.NotesModule_OrmProvider");
    }
}
