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
 * The generated routes of a representative application, compared with golden files under
 * {@code processor/src/test/resources/golden/http}. It runs here, in the runtime module, because
 * generated code only compiles with the runtime on the classpath. After an intended change, run
 * with {@code -Dgolden.update=true} to rewrite them, and review the diff.
 */
class HttpGoldenTest {
    static final Path GOLDEN = Path.of("../processor/src/test/resources/golden/http");

    static final JavaFileObject MODULE = JavaFileObjects.forSourceLines("shop.ShopModule",
            "package shop;",
            "import dev.aerie.api.Module;",
            "@Module(controllers = {BooksController.class, HealthController.class},",
            "        providers = {Clock.class, Audit.class})",
            "public final class ShopModule {}");

    static final JavaFileObject BOOKS = JavaFileObjects.forSourceLines("shop.BooksController",
            "package shop;",
            "import dev.aerie.api.http.*;",
            "import jakarta.inject.Inject;",
            "import jakarta.validation.Valid;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.UUID;",
            "@Controller(\"/books\")",
            "public final class BooksController {",
            "    public record Book(long id, String title) {}",
            "    public record BookIn(String title) {}",
            "    public enum Sort { TITLE, ID }",
            "    @Inject BooksController() {}",
            "    @Get(\"/{id}\") public Optional<Book> get(long id) { return Optional.empty(); }",
            "    @Get public List<Book> list(@QueryParam(defaultValue = \"20\") int limit, Optional<Sort> sort,",
            "                                List<String> tag, @Header(\"X-Tenant\") UUID tenant) { return List.of(); }",
            "    @Post @Status(201) public Book create(@Valid BookIn in, Clock clock) { return new Book(1, in.title()); }",
            "    @Put(\"/{id}\") public Response<Book> replace(@PathParam(\"id\") long bookId, BookIn in) { return Response.ok(new Book(bookId, in.title())); }",
            "    @Delete(\"/{id}\") public void delete(long id) {}",
            "    @Get(\"/count\") public long count() { return 0; }",
            "}");

    static final JavaFileObject HEALTH = JavaFileObjects.forSourceLines("shop.HealthController",
            "package shop;",
            "import dev.aerie.api.http.*;",
            "import io.helidon.webserver.http.ServerRequest;",
            "import io.helidon.webserver.http.ServerResponse;",
            "@Controller",
            "public final class HealthController {",
            "    @Get(\"/health\") public void health(ServerRequest request, ServerResponse response) {}",
            "}");

    static final JavaFileObject CLOCK = JavaFileObjects.forSourceLines("shop.Clock",
            "package shop;",
            "@dev.aerie.api.Injectable(scope = dev.aerie.api.Scope.REQUEST)",
            "public final class Clock {}");

    static final JavaFileObject AUDIT = JavaFileObjects.forSourceLines("shop.Audit",
            "package shop;",
            "@dev.aerie.api.Injectable",
            "public final class Audit implements dev.aerie.api.http.RequestListener {}");

    @Test
    void generatedRoutesMatchTheGoldenFiles() throws IOException {
        Compilation compilation = compile();
        for (String name : new String[] {"BooksController_Http", "HealthController_Http", "ShopModule_Http"}) {
            String generated = compilation.generatedSourceFile("shop." + name).orElseThrow(
                    () -> new AssertionError(name + " was not generated: " + compilation.diagnostics())).getCharContent(true).toString();
            Path golden = GOLDEN.resolve(name + ".java.txt");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, generated, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated, name);
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        String first = generate();
        assertEquals(first, generate());
    }

    static Compilation compile() {
        return Compiler.javac().withProcessors(new AerieProcessor()).withOptions("-Xlint:all,-processing", "-Werror")
                .compile(MODULE, BOOKS, HEALTH, CLOCK, AUDIT);
    }

    private static String generate() throws IOException {
        Compilation compilation = compile();
        return compilation.generatedSourceFile("shop.BooksController_Http").orElseThrow().getCharContent(true).toString()
                + compilation.generatedSourceFile("shop.ShopModule_Http").orElseThrow().getCharContent(true).toString();
    }
}
