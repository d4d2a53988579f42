package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.Compiles.compile;
import static dev.aerie.processor.Compiles.line;
import static dev.aerie.processor.Compiles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The findings of trying Aerie as a new user (issue 12): one mistake gives one error, of the right
 * kind, on the line that has the mistake, naming the near miss and the fix.
 */
class DiagnosticFindingsTest {

    /** The processor's own messages, without javac's (generated code needs runtime classes some tests leave out). */
    private static List<String> aerieErrors(Compilation c) {
        return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[Aerie/")).toList();
    }

    @Test
    void aControllersOnlyConstructorIsInjectableWithoutInject() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                @Injectable final class Clock {}
                @Controller("/time") final class Time {
                    private final Clock clock;
                    Time(Clock clock) { this.clock = clock; }
                    @Get public String now() { return clock.toString(); }
                }
                @Module(providers = Clock.class, controllers = Time.class) final class AppModule {}
                """;
        Compilation c = compile(source("app.AppModule", code));
        assertEquals(List.of(), aerieErrors(c));
    }

    @Test
    void aControllerWithSeveralConstructorsGetsOneErrorOnTheConstructor() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                @Controller("/time") final class Time {
                    Time() {} // first
                    Time(String zone) {}
                    @Get public String now() { return ""; }
                }
                @Module(controllers = Time.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] app.Time is listed in AppModule.controllers but is not"
                + " injectable: it has 2 constructors. Mark the one the container calls with @Inject.")
                .inFile(file).onLine(line(code, "// first"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aPathVariableOfAnUnsupportedTypeIsOneError() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                record Money(long cents) {}
                @Controller("/offers") final class Offers {
                    @Get("/{max}") public String below(Money max) { return ""; } // here
                }
                @Module(controllers = Offers.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadParameter] Path variable {max} cannot be converted to app.Money")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aBindingWithAnotherQualifierIsNamed() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Provides;
                import jakarta.inject.Named;
                @Injectable final class Greeter {
                    Greeter(@Named("a") String name) {} // here
                }
                @Module(providers = Greeter.class) final class AppModule {
                    @Provides @Named("b") static String name() { return "b"; }
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for @jakarta.inject.Named(\"a\")"
                + " java.lang.String in application AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("java.lang.String is bound with another qualifier, @jakarta.inject.Named(\"b\")")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: inject it as @jakarta.inject.Named(\"b\") String, or bind"
                + " @jakarta.inject.Named(\"a\") java.lang.String too").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aRawTypeWantedWhileAParameterizedOneIsBoundSaysSo() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Provides;
                import java.util.List;
                @Injectable final class Shelf {
                    @SuppressWarnings("rawtypes") Shelf(List titles) {} // here
                }
                @Module(providers = Shelf.class) final class AppModule {
                    @Provides static List<String> titles() { return List.of(); }
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for raw type java.util.List in application")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("java.util.List is injected as a raw type; java.util.List<java.lang.String> is"
                + " bound").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: name the type arguments at Shelf.<init>(titles), e.g. List<String>.")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anInterfaceWithoutBindingNamesTheListedClassThatImplementsIt() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                interface Shipping {}
                @Injectable final class StandardShipping implements Shipping {}
                @Injectable final class Checkout {
                    Checkout(Shipping shipping) {} // here
                }
                @Module(providers = {Checkout.class, StandardShipping.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] app.Shipping is an interface or abstract class with no"
                + " binding in application AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("StandardShipping implements Shipping and is provided by StandardShipping in"
                + " module AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: bind the interface to it with a @Provides method in AppModule: @Provides"
                + " Shipping shipping(StandardShipping impl) { return impl; }, or inject StandardShipping instead.")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aModuleImportingItselfSaysWhatToRemove() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                @Module(
                    imports = AppModule.class) // here
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/ImportCycle] import cycle between modules: AppModule imports itself."
                + " Remove AppModule.class from its own imports.").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aPathNamingAVariableTwiceIsReportedOnThePath() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                @Controller("/books") final class Books {
                    @Get("/{id}/copies/{id}") // here
                    public String copy(long id) { return ""; }
                }
                @Module(controllers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadPath] Path /books/{id}/copies/{id} of copy names {id} twice. Give"
                + " each variable its own name (e.g. {id} and {id2}) and a parameter for each.")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anAsynchronousReturnTypeNamesTheRouteAndSaysHandlersAreSynchronous() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                import java.util.concurrent.CompletableFuture;
                @Controller("/books") final class Books {
                    @Get public CompletableFuture<String> list() { return null; } // here
                }
                @Module(controllers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadRoute] Route GET /books of Books.list returns CompletableFuture:"
                + " handlers are synchronous").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Return the value itself (e.g. Book instead of CompletableFuture<Book>)")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aWrongClassInImportsIsReportedOnThatClassLiteral() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                final class Clock {}
                @Module(providers = {},
                        imports = Clock.class) // here
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadModule] AppModule imports app.Clock, which is not a @Module. Import"
                + " its module instead, or list it in providers.").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aModuleTheRootDoesNotImportIsAWarningNamingTheRoot() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Injectable final class Users {}
                @Module(providers = Users.class) final class UsersModule {} // here
                @Module final class AppModule {
                    public static void main(String[] args) {}
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadWarningContaining("[Aerie/UnreachableModule] module UsersModule is not imported by the"
                + " application root AppModule (the module with the main method)").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadWarningContaining("Import it: @Module(imports = UsersModule.class) on AppModule")
                .inFile(file).onLine(line(code, "// here"));
        assertEquals(List.of(), aerieErrors(c));
    }

    @Test
    void aModuleMeantToStandAloneSaysSo() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                @SuppressWarnings("UnreachableModule") @Module final class TestModule {}
                @Module final class AppModule {
                    public static void main(String[] args) {}
                }
                """;
        Compilation c = compile(source("app.AppModule", code));
        assertEquals(List.of(), c.warnings().stream().map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[Aerie/")).toList());
    }

    @Test
    void aModuleWithoutAMainRootIsNotWarnedAbout() {
        String code = """
                package app;
                import dev.aerie.api.Module;
                @Module final class UsersModule {}
                @Module final class AppModule {}
                """;
        Compilation c = compile(source("app.AppModule", code));
        assertEquals(List.of(), c.warnings().stream().map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[Aerie/")).toList());
    }

    @Test
    void aProviderInAModuleTheRootDoesNotImportSaysImportThatModule() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Injectable final class UsersService {}
                @Injectable final class NotesService {
                    NotesService(UsersService users) {} // here
                }
                @Module(providers = UsersService.class) final class UsersModule {}
                @Module(providers = NotesService.class) final class AppModule {
                    public static void main(String[] args) {}
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for app.UsersService in application"
                + " AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("module UsersModule provides app.UsersService, but application AppModule does"
                + " not import UsersModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: import UsersModule in AppModule (@Module(imports = UsersModule.class)) and"
                + " add UsersService to UsersModule's exports.").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void twoQualifiersOnOneInjectionPoint() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import jakarta.inject.Named;
                import jakarta.inject.Qualifier;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                @Qualifier @Retention(RetentionPolicy.RUNTIME) @interface Spare {}
                @Injectable final class Tire {}
                @Injectable final class Car {
                    Car(@Named("a") @Spare Tire tire) {} // here
                }
                @Module(providers = {Car.class, Tire.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadQualifier] tire has more than one qualifier (")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("). Keep one.").inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void aRawProvider() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import jakarta.inject.Provider;
                @Injectable final class Car {
                    @SuppressWarnings("rawtypes") Car(Provider tires) {} // here
                }
                @Module(providers = Car.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/RawProvider] raw Provider at Car.<init>(tires): say what it provides,"
                + " e.g. Provider<Clock>.").inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void aControllerTheRoutesCannotReachFromAnotherPackage() {
        String web = """
                package app.web;
                import dev.aerie.api.Module;
                import dev.aerie.api.http.Controller;
                import dev.aerie.api.http.Get;
                @Controller("/books") final class Books { // here
                    @Get public String list() { return ""; }
                }
                """;
        String webModule = """
                package app.web;
                @dev.aerie.api.Module(controllers = Books.class) public final class WebModule {}
                """;
        String app = """
                package app;
                @dev.aerie.api.Module(imports = app.web.WebModule.class) final class AppModule {}
                """;
        JavaFileObject books = source("app.web.Books", web);
        Compilation c = compile(books, source("app.web.WebModule", webModule), source("app.AppModule", app));
        assertThat(c).hadErrorContaining("[Aerie/BadController] @Controller Books must be public: the application's"
                + " routes (AppModule_Http in package app) create its service from another package")
                .inFile(books).onLine(line(web, "// here"));
    }
}
