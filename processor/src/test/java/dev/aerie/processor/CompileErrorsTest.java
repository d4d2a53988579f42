package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.Compiles.compile;
import static dev.aerie.processor.Compiles.line;
import static dev.aerie.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error Aerie promises: its message and the line it is reported on. */
class CompileErrorsTest {

    @Test
    void missingBindingShowsTheChainBackToTheModule() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                import jakarta.inject.Inject;
                final class Clock {}
                @Injectable final class Books {
                    @Inject Books(Clock clock) {} // here
                }
                @Module(providers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for app.Clock in application AppModule")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("app.Clock is injected at Books.<init>(clock)")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("app.Books is provided by Books in module AppModule")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: list Clock in the providers of AppModule (or of a module it imports, and export it there), or write a @Provides method for it.")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void interfaceWithoutBinding() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                interface Clock {}
                @Injectable final class Books {
                    Books(Clock clock) {} // here
                }
                @Module(providers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] app.Clock is an interface or abstract class with no binding in application AppModule")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: bind it with a @Provides method (returning an implementation) in AppModule")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void dependencyCycleNamesTheWholeCycleAndHowToBreakIt() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable final class A { A(B b) {} } // a
                @Injectable final class B { B(C c) {} }
                @Injectable final class C { C(A a) {} }
                @Module(providers = {A.class, B.class, C.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/DependencyCycle] dependency cycle: app.A -> app.B -> app.C -> app.A")
                .inFile(file).onLine(line(code, "// a"));
        assertThat(c).hadErrorContaining("app.B is injected at A.<init>(b)")
                .inFile(file).onLine(line(code, "// a"));
        assertThat(c).hadErrorContaining("app.C is injected at B.<init>(c)")
                .inFile(file).onLine(line(code, "// a"));
        assertThat(c).hadErrorContaining("app.A is injected at C.<init>(a)")
                .inFile(file).onLine(line(code, "// a"));
        assertThat(c).hadErrorContaining("Fix: break the cycle by injecting Provider<T> instead of T at one of these points")
                .inFile(file).onLine(line(code, "// a"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aCycleThroughProviderIsFine() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                import jakarta.inject.Provider;
                @Injectable final class A { A(Provider<B> b) {} }
                @Injectable final class B { B(A a) {} }
                @Module(providers = {A.class, B.class}) final class AppModule {}
                """;
        assertThat(compile(source("app.AppModule", code))).succeededWithoutWarnings();
    }

    @Test
    void duplicateBinding() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable final class Clock {}
                @Module(providers = Clock.class, exports = Clock.class) final class ClockModule {}
                @Module(imports = ClockModule.class,
                        providers = Clock.class) // here
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/DuplicateBinding] duplicate binding for app.Clock: provided by Clock in module ClockModule and"
                        + " provided by Clock in module AppModule both bind it in application AppModule. Keep one of them")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void providerOfAModuleNotImported() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable final class Clock {}
                @Injectable final class Books { Books(Clock clock) {} } // here
                @Module(providers = Clock.class, exports = Clock.class) final class ClockModule {}
                @Module(providers = Books.class) final class BooksModule {}
                @Module(imports = {ClockModule.class, BooksModule.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/NotExported] app.Clock is provided by module ClockModule but module BooksModule cannot see it")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("app.Clock is injected at Books.<init>(clock)")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("app.Books is provided by Books in module BooksModule")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: import module ClockModule in BooksModule.")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void providerNotExported() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable final class Clock {}
                @Injectable final class Books { Books(Clock clock) {} } // here
                @Module(providers = Clock.class) final class ClockModule {}
                @Module(imports = ClockModule.class, providers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/NotExported] app.Clock is provided by module ClockModule but module AppModule cannot see it")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: add Clock to ClockModule's exports.")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void reExportedModuleIsVisible() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable final class Clock {}
                @Injectable final class Books { Books(Clock clock) {} }
                @Module(providers = Clock.class, exports = Clock.class) final class ClockModule {}
                @Module(imports = ClockModule.class, exports = ClockModule.class) final class CoreModule {}
                @Module(imports = CoreModule.class, providers = Books.class) final class AppModule {}
                """;
        assertThat(compile(source("app.AppModule", code))).succeededWithoutWarnings();
    }

    @Test
    void singletonDependingOnRequestScope() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable(scope = Scope.REQUEST) final class User {}
                @Injectable final class Audit {
                    Audit(User user) {} // here
                }
                @Module(providers = {User.class, Audit.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/ScopeLeak] singleton app.Audit depends on request-scoped app.User: it would keep the first"
                        + " request's instance forever")
                .inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: inject Provider<User> and call get() during each request, or make Audit"
                        + " request-scoped.")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void singletonDependingOnRequestScopeThroughATransient() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Injectable(scope = Scope.REQUEST) final class User {}
                @Injectable(scope = Scope.TRANSIENT) final class Greeting { Greeting(User user) {} }
                @Injectable final class Audit {
                    Audit(Greeting greeting) {} // here
                }
                @Module(providers = {User.class, Greeting.class, Audit.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/ScopeLeak] singleton app.Audit depends on request-scoped app.User"
                        + " (through transient app.Greeting)")
                .inFile(file).onLine(line(code, "// here"));
    }

    @Test
    void privateInjectMembersInSource() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                import jakarta.inject.Inject;
                @Injectable final class Clock {}
                @Injectable final class Books {
                    @Inject private Clock clock; // field
                    @Inject private void setClock(Clock clock) {} // method
                }
                @Module(providers = {Clock.class, Books.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadInjectionPoint] @Inject member Books.clock is private, so generated code cannot reach it"
                        + " without reflection. Make it package-private.")
                .inFile(file).onLine(line(code, "// field"));
        assertThat(c).hadErrorContaining("[Aerie/BadInjectionPoint] @Inject member Books.setClock is private")
                .inFile(file).onLine(line(code, "// method"));
    }

    @Test
    void moduleListingSomethingNotInjectable() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                final class Helper { Helper(String name) {} }
                interface Clock {}
                @Module(providers = {
                        Helper.class, // helper
                        Clock.class}) // clock
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] app.Helper is listed in AppModule.providers but is not"
                        + " injectable: it is not @Injectable and has no @Inject constructor. Annotate it with @Injectable"
                        + " or give it an @Inject constructor.")
                .inFile(file).onLine(line(code, "// helper"));
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] app.Clock is listed in AppModule.providers but is not injectable: it is an"
                        + " interface. List a class that implements it, or bind it with a @Provides method in AppModule.")
                .inFile(file).onLine(line(code, "// clock"));
    }

    @Test
    void importCycleBetweenModules() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                @Module(imports = B.class) final class A {} // a
                @Module(imports = A.class) final class B {}
                @Module(imports = A.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/ImportCycle] import cycle between modules: A imports B imports A. Modules must form a tree:"
                        + " move what they share into a new module that both import.")
                .inFile(file).onLine(line(code, "// a"));
    }

    @Test
    void everyProblemIsReportedInOneCompile() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                import jakarta.inject.Inject;
                final class Clock {}
                @Injectable final class Books {
                    @Inject private String title; // private
                    Books(Clock clock) {} // missing
                }
                @Injectable final class A { A(B b) {} } // cycle
                @Injectable final class B { B(A a) {} }
                @Module(providers = {Books.class, A.class, B.class,
                        Runnable.class}) // not injectable
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadInjectionPoint] @Inject member Books.title is private").inFile(file).onLine(line(code, "// private"));
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for app.Clock").inFile(file).onLine(line(code, "// missing"));
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] java.lang.Runnable is listed in AppModule.providers but is not injectable")
                .inFile(file).onLine(line(code, "// not injectable"));
        assertThat(c).hadErrorContaining("[Aerie/DependencyCycle] dependency cycle: app.A -> app.B -> app.A").inFile(file).onLine(line(code, "// cycle"));
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void cyclesAreReportedWithOtherGraphProblems() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Scope;
                final class Clock {}
                @Injectable final class Books { Books(Clock clock) {} } // missing
                @Injectable final class A { A(B b) {} } // cycle
                @Injectable final class B { B(A a) {} }
                @Module(providers = {Books.class, A.class, B.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for app.Clock").inFile(file).onLine(line(code, "// missing"));
        assertThat(c).hadErrorContaining("[Aerie/DependencyCycle] dependency cycle: app.A -> app.B -> app.A").inFile(file).onLine(line(code, "// cycle"));
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void aClassThatCannotBeReadIsNotAlsoReportedMissing() {
        String code = """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                final class Helper { Helper(String name) {} }
                @Injectable final class Books { Books(Helper helper) {} }
                @Module(providers = {Books.class,
                        Helper.class}) // helper
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] app.Helper is listed in AppModule.providers but is not injectable")
                .inFile(file).onLine(line(code, "// helper"));
        assertThat(c).hadErrorCount(1);
    }
}
