package dev.aerie.runtime.internal.http.golden;

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
 * The generated routes of a controller with guards on its module, class, a method and an annotation type, a
 * {@code Request} parameter and {@code @Catches} handlers, compared with {@code processor/src/test/resources/golden/http/Notes*};
 * rewrite with {@code -Dgolden.update=true} after an intended change.
 */
class PipelineGoldenTest {

    static final JavaFileObject MODULE = JavaFileObjects.forSourceLines("notes.NotesModule",
            "package notes;",
            "import dev.aerie.api.Module;",
            "import dev.aerie.api.http.Guarded;",
            "import dev.aerie.api.http.Intercepted;",
            "@Guarded(Global.class)",
            "@Intercepted(Timing.class)",
            "@Module(controllers = GuardedNotes.class, providers = {Global.class, Owner.class, Admin.class, Audit.class, NoteErrors.class, Timing.class})",
            "public final class NotesModule {}");

    static final JavaFileObject CONTROLLER = JavaFileObjects.forSourceLines("notes.GuardedNotes",
            "package notes;",
            "import dev.aerie.api.http.*;",
            "import jakarta.inject.Inject;",
            "@Guarded(Owner.class)",
            "@Controller(\"/notes\")",
            "public final class GuardedNotes {",
            "    public record NoteIn(String text) {}",
            "    @Inject GuardedNotes() {}",
            "    @Get(\"/{id}\") @Audited({\"read\", \"notes\"}) public String get(long id, Request request) { return request.path(); }",
            "    @Post @Guarded({Admin.class, Owner.class}) public void add(NoteIn in) {}",
            "}");

    static final JavaFileObject ERRORS = JavaFileObjects.forSourceLines("notes.NoteErrors",
            "package notes;",
            "import dev.aerie.api.http.*;",
            "@dev.aerie.api.Injectable",
            "public final class NoteErrors {",
            "    public record Errors(java.util.Map<String, java.util.List<String>> errors) {}",
            "    @Catches(ValidationFailed.class) Response<Errors> invalid(ValidationFailed e) {",
            "        return Response.of(422, new Errors(e.messagesByPath()));",
            "    }",
            "    @Catches Response<String> other(HttpException e) { return Response.of(e.status(), e.title()); }",
            "}");

    /** An annotation that brings its guard, which reads its value from the Route. */
    static final JavaFileObject AUDITED = JavaFileObjects.forSourceLines("notes.Audited",
            "package notes;",
            "@dev.aerie.api.http.Guarded(Audit.class)",
            "public @interface Audited { String[] value(); }");

    static final JavaFileObject TIMING = JavaFileObjects.forSourceLines("notes.Timing",
            "package notes;",
            "@dev.aerie.api.Injectable",
            "public final class Timing implements dev.aerie.api.http.Interceptor {",
            "    @Override public Object intercept(dev.aerie.api.http.Invocation call) throws Exception { return call.proceed(); }",
            "}");

    static JavaFileObject guard(String name) {
        return JavaFileObjects.forSourceLines("notes." + name,
                "package notes;",
                "@dev.aerie.api.Injectable",
                "public final class " + name + " implements dev.aerie.api.http.Guard {",
                "    @Override public void check(dev.aerie.api.http.Request request, dev.aerie.api.http.Route route) {}",
                "}");
    }

    @Test
    void guardedRoutesMatchTheGoldenFile() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(MODULE, CONTROLLER, ERRORS, TIMING, AUDITED, guard("Global"), guard("Owner"), guard("Admin"),
                        guard("Audit"));
        String generated = compilation.generatedSourceFile("notes.GuardedNotes_Http").orElseThrow(
                () -> new AssertionError("not generated: " + compilation.diagnostics())).getCharContent(true).toString();
        Path golden = HttpGoldenTest.GOLDEN.resolve("GuardedNotes_Http.java.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated);
    }
}
