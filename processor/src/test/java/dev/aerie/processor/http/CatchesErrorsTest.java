package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.http.HttpErrorsTest.compile;
import static dev.aerie.processor.http.HttpErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compile errors of {@code @Catches} exception handlers, with message and line. */
class CatchesErrorsTest {

    static final JavaFileObject BOOKS = source("test.Books",
            "package test;",                                                 // 1
            "import dev.aerie.api.http.*;",                                  // 2
            "@Controller(\"/books\")",                                        // 3
            "public final class Books {",                                    // 4
            "    @Get public String list() { return \"\"; }",                 // 5
            "}");

    static JavaFileObject module(String providers) {
        return source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class, providers = {" + providers + "})",
                "public final class AppModule {}");
    }

    static JavaFileObject errors(String name, String... methods) {
        String[] lines = new String[methods.length + 6];
        lines[0] = "package test;";                                          // 1
        lines[1] = "import dev.aerie.api.http.*;";                           // 2
        lines[2] = "@dev.aerie.api.Injectable";                              // 3
        lines[3] = "public final class " + name + " {";                      // 4
        lines[4] = "    public record Message(String text) {}";              // 5
        System.arraycopy(methods, 0, lines, 5, methods.length);              // 6...
        lines[lines.length - 1] = "}";
        return source("test." + name, lines);
    }

    @Test
    void twoHandlersForTheSameTypeVisibleToOneRoute() {
        JavaFileObject first = errors("ApiErrors",
                "    @Catches(ValidationFailed.class) Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }");
        JavaFileObject second = errors("MoreErrors",
                "    @Catches Response<Message> b(ValidationFailed e) { return Response.of(400, new Message(\"\")); }");
        Compilation compilation = compile(module("test.ApiErrors.class, test.MoreErrors.class"), BOOKS, first, second);
        assertThat(compilation).hadErrorContaining("[Aerie/DuplicateExceptionHandler] Controller Books sees two @Catches handlers for ValidationFailed: "
                + "ApiErrors.a and MoreErrors.b; keep one of them, or make only one visible to AppModule")
                .inFile(BOOKS).onLine(4);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aHandlerMustReturnAResponse() {
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches String a(ValidationFailed e) { return \"\"; }");
        Compilation compilation = compile(module("test.ApiErrors.class"), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a must return Response<T> naming the body "
                + "type, such as Response<Errors>; it returns java.lang.String").inFile(errors).onLine(6);
    }

    @Test
    void aHandlerTakesTheException() {
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches(ValidationFailed.class) Response<Message> a() { return Response.of(422, new Message(\"\")); }");
        Compilation compilation = compile(module("test.ApiErrors.class"), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a must take exactly one parameter, the "
                + "exception it answers, such as a(ValidationFailed e)").inFile(errors).onLine(6);
    }

    @Test
    void aCaughtTypeMustFitTheParameter() {
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches(IllegalStateException.class) Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }");
        Compilation compilation = compile(module("test.ApiErrors.class"), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a catches IllegalStateException but its "
                + "parameter is ValidationFailed; widen the parameter to a type every caught exception is, or list only "
                + "ValidationFailed and its subclasses").inFile(errors).onLine(6);
    }

    @Test
    void aPrivateHandler() {
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches private Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }");
        Compilation compilation = compile(module("test.ApiErrors.class"), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a must not be private or static: the "
                + "generated routes call it on the injected ApiErrors").inFile(errors).onLine(6);
    }

    @Test
    void aHandlerNoModuleProvides() {
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }");
        Compilation compilation = compile(module(""), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a is on ApiErrors, "
                + "which no module provides, so it answers nothing; list ApiErrors in the providers of the module whose "
                + "routes it should answer").inFile(errors).onLine(6);
    }

    @Test
    void aHandlerOnAClassThatIsNotPublic() {
        JavaFileObject errors = source("test.ApiErrors",
                "package test;",                                                 // 1
                "import dev.aerie.api.http.*;",                                  // 2
                "@dev.aerie.api.Injectable",                                     // 3
                "final class ApiErrors {",                                       // 4
                "    public record Message(String text) {}",                     // 5
                "    @Catches public Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }",
                "}");
        Compilation compilation = compile(module("test.ApiErrors.class"), BOOKS, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a is on ApiErrors, which is not "
                + "public; the generated application holds ApiErrors by its type, so make it public (and every class it is nested in)")
                .inFile(errors).onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aPackagePrivateHandlerForAControllerOfAnotherPackage() {
        JavaFileObject books = source("test.shelf.Books",
                "package test.shelf;",                                           // 1
                "import dev.aerie.api.http.*;",                                  // 2
                "@Controller(\"/books\")",                                       // 3
                "public final class Books {",                                    // 4
                "    @Get public String list() { return \"\"; }",                // 5
                "}");
        JavaFileObject module = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.shelf.Books.class, providers = test.ApiErrors.class)",
                "public final class AppModule {}");
        JavaFileObject errors = errors("ApiErrors",
                "    @Catches Response<Message> a(ValidationFailed e) { return Response.of(422, new Message(\"\")); }");
        Compilation compilation = compile(module, books, errors);
        assertThat(compilation).hadErrorContaining("[Aerie/BadExceptionHandler] @Catches method ApiErrors.a is not public, but it answers "
                + "Controller Books in package test.shelf, whose generated code calls it; make it public").inFile(errors).onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }
}
