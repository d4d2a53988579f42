package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error the HTTP extension promises, with its message and line. */
class HttpErrorsTest {

    static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceLines(name, lines);
    }

    static Compilation compile(JavaFileObject... sources) {
        return dev.aerie.processor.DiagnosticPrefix.checked(
                Compiler.javac().withProcessors(new dev.aerie.processor.AerieProcessor()).compile(sources));
    }

    static final JavaFileObject MODULE = source("test.AppModule",
            "package test;",
            "@dev.aerie.api.Module(controllers = test.Books.class)",
            "public final class AppModule {}");

    @Test
    void twoRoutesWithTheSameMethodAndPath() {
        JavaFileObject books = source("test.Books",
                "package test;",                                          // 1
                "import dev.aerie.api.http.*;",                           // 2
                "@Controller(\"/books\")",                                 // 3
                "public final class Books {",                             // 4
                "    @Get(\"/{id}\") public String get(long id) { return \"\"; }",   // 5
                "    @Get(\"/{key}/\") public String byKey(String key) { return \"\"; }", // 6
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/RouteConflict] Route GET /books/{key} of Books.byKey is already answered by "
                + "Books.get (/books/{id}); change the path or the HTTP method of one of them").inFile(books).onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoControllersAnsweringTheSameRoute() {
        JavaFileObject module = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = {test.Books.class, test.MoreBooks.class})",
                "public final class AppModule {}");
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Post public String add() { return \"\"; }",
                "}");
        JavaFileObject more = source("test.MoreBooks",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller",
                "public final class MoreBooks {",
                "    @Post(\"books/\") public String add() { return \"\"; }",
                "}");
        Compilation compilation = compile(module, books, more);
        assertThat(compilation).hadErrorContaining("[Aerie/RouteConflict] Route POST /books of MoreBooks.add is already answered by Books.add (/books)")
                .inFile(more).onLine(5);
    }

    @Test
    void aPathVariableWithNoParameter() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get(\"/{id}/pages/{page}\")",
                "    public String page(long id) { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadPath] Path variable {page} of GET /books/{id}/pages/{page} has"
                + " no parameter; add a parameter named page (or annotated @PathParam(\"page\")) to page.").inFile(books).onLine(5);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aPathParamNamingNoVariable() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get(\"/{id}\")",
                "    public String get(long id,",
                "                      @PathParam(\"isbn\") String isbn) { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadPath] Parameter isbn is bound to path variable {isbn}, but path /books/{id} "
                + "has no such variable; add {isbn} to the path or fix the name").inFile(books).onLine(7);
    }

    @Test
    void aParameterThatMatchesNoSource() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get",
                "    public String list(java.util.Map<String, String> filters) { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] Parameter filters of type java.util.Map<java.lang.String,java.lang.String> "
                + "matches nothing in the request: it is not a path variable of /books").inFile(books).onLine(6);
    }

    @Test
    void aParameterBoundInAModuleTheControllersModuleDoesNotSee() {
        JavaFileObject clock = source("test.Clock",
                "package test;",
                "public final class Clock {",
                "    @jakarta.inject.Inject Clock() {}",
                "}");
        JavaFileObject clocks = source("test.ClockModule",
                "package test;",
                "@dev.aerie.api.Module(providers = Clock.class)",
                "public final class ClockModule {}");
        JavaFileObject app = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(imports = ClockModule.class, controllers = test.Books.class)",
                "public final class AppModule {}");
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get",
                "    public String now(Clock clock) { return \"\"; }",
                "}");
        Compilation compilation = compile(app, clocks, clock, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] Parameter clock of type test.Clock "
                + "matches nothing in the request: it is not a path variable of /books").inFile(books).onLine(6);
    }

    @Test
    void aSecondBody() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    public record In(String title) {}",
                "    @Post",
                "    public String add(In first,",
                "                      In second) { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] Parameter second would be a second JSON body after first; a request has "
                + "one body: combine them into one record").inFile(books).onLine(8);
    }

    @Test
    void aParameterTypeTheBinderCannotConvert() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get(\"/{id}\")",
                "    public String get(Object id,",
                "                      @QueryParam(\"at\") Thread at) { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] Path variable {id} cannot be converted to java.lang.Object; use String, "
                + "a number, boolean, UUID, an enum or a date type").inFile(books).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] The query parameter at cannot be converted to java.lang.Thread")
                .inFile(books).onLine(7);
    }

    @Test
    void aControllerListedInNoModule() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get public String list() { return \"\"; }",
                "}");
        JavaFileObject orphan = source("test.Orphan",
                "package test;",
                "import dev.aerie.api.http.*;",
                "",
                "@Controller(\"/orphans\")",
                "public final class Orphan {",
                "    @Get public String list() { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books, orphan);
        assertThat(compilation).hadErrorContaining("[Aerie/UnlistedController] @Controller Orphan is not listed in the controllers of any @Module, so "
                + "none of its routes is served; add it to @Module(controllers = Orphan.class) of a module of the "
                + "application").inFile(orphan).onLine(5);
    }

    @Test
    void statusMustBeASuccessAndRoutesMustBeCallable() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Post @Status(404)",
                "    public String add() { return \"\"; }",
                "    @Get",
                "    private String list() { return \"\"; }",
                "    @Get(\"/{bad-name}\")",
                "    public String odd() { return \"\"; }",
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadRoute] @Status(404) on add is not a success status").inFile(books).onLine(6);
        assertThat(compilation).hadErrorContaining("[Aerie/BadRoute] Route method list must not be private or static").inFile(books).onLine(8);
        assertThat(compilation).hadErrorContaining("[Aerie/BadPath] Path /books/{bad-name} of odd has an invalid variable"
                + " {bad-name}").inFile(books).onLine(9);
    }

    @Test
    void optionalQueryParametersCannotHaveDefaults() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get",
                "    public String list(@QueryParam(defaultValue = \"1\") java.util.Optional<Integer> page) { return \"\"; }",
                "}");
        assertThat(compile(MODULE, books)).hadErrorContaining("[Aerie/BadParameter] The query parameter page has a defaultValue but is an "
                + "Optional; drop one of them").inFile(books).onLine(6);
    }

    @Test
    void aDefaultValueThatDoesNotConvert() {
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get",
                "    public String list(@QueryParam(defaultValue = \"ten\") int limit) { return \"\"; }",
                "}");
        assertThat(compile(MODULE, books)).hadErrorContaining("[Aerie/BadParameter] The defaultValue \"ten\" of query parameter limit does not "
                + "convert to int; write a value the parameter accepts").inFile(books).onLine(6);
    }
}
