package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.aerie.processor.Compiles.compile;
import static dev.aerie.processor.Compiles.line;
import static dev.aerie.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of class, lifecycle method and {@code @Provides} method that modules-and-di.md
 * ("Compile errors") says are rejected: each gives one error, on the line the doc names.
 * Messages are matched without their "[Aerie...]" prefix.
 */
class ProviderShapeErrorsTest {
    private static final String IMPORTS = """
            package app;
            import dev.aerie.api.Injectable;
            import dev.aerie.api.Module;
            import dev.aerie.api.OnStart;
            import dev.aerie.api.OnStop;
            import dev.aerie.api.Provides;
            import dev.aerie.api.Scope;
            import jakarta.inject.Inject;
            """;

    private static final String NOT_INJECTABLE = " is listed in AppModule.providers but is not injectable: ";

    // --- providers the container cannot create: on the class literal in @Module

    @Test
    void interfaceProvider() {
        String code = IMPORTS + """
                interface Clock {}
                @Module(providers = Clock.class) // listed
                final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Clock" + NOT_INJECTABLE + "it is an interface. List a class that implements it,"
                + " or bind it with a @Provides method in AppModule.", "// listed");
    }

    @Test
    void abstractProvider() {
        String code = IMPORTS + """
                @Injectable abstract class Clock { Clock() {} }
                @Module(providers = Clock.class) // listed
                final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Clock" + NOT_INJECTABLE + "it is abstract. List a concrete class, or bind it with"
                + " a @Provides method in AppModule.", "// listed");
    }

    @Test
    void enumProvider() {
        String code = IMPORTS + """
                enum Color { RED }
                @Module(providers = Color.class) // listed
                final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Color" + NOT_INJECTABLE + "it is an enum. List a concrete class, or bind it with"
                + " a @Provides method in AppModule.", "// listed");
    }

    @Test
    void innerClassProvider() {
        String code = IMPORTS + """
                final class Outer {
                    @Injectable final class Clock { Clock() {} }
                }
                @Module(providers = Outer.Clock.class) // listed
                final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Outer.Clock" + NOT_INJECTABLE + "it is an inner class. Make it static.", "// listed");
    }

    @Test
    void aStaticNestedClassIsAProvider() {
        String code = IMPORTS + """
                final class Outer {
                    @Injectable static final class Clock { Clock() {} }
                }
                @Module(providers = Outer.Clock.class) final class AppModule {}
                """;
        assertThat(compile(source("app.AppModule", code))).succeededWithoutWarnings();
    }

    @Test
    void localClassProvider(@TempDir Path libraryDir) throws IOException {
        // Source cannot name a local class, except a library's one by its binary name from the same package.
        // With annotation processing on, javac itself then rejects the name too ("cannot find symbol", with
        // any processor), so this is the one shape that gets a second error, and it is not Aerie's.
        compileLibrary(libraryDir, source("lib.Outer", """
                package lib;
                public final class Outer {
                    public static Object make() {
                        class Local {}
                        return new Local();
                    }
                }
                """));
        String code = """
                package lib;
                import dev.aerie.api.Module;
                @Module(providers = Outer$1Local.class) // listed
                public final class AppModule {}
                """;
        JavaFileObject file = source("lib.AppModule", code);
        Compilation c = compileWith(libraryDir, file);
        assertThat(c).hadErrorContaining(NOT_INJECTABLE + "it is a local or anonymous class. Move it to a top-level or"
                + " static nested class.")
                .inFile(file).onLine(line(code, "// listed"));
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(file).onLine(line(code, "// listed"));
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void genericProvider() {
        String code = IMPORTS + """
                @Injectable final class Box<T> { Box() {} }
                @Module(providers = Box.class) // listed
                final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Box" + NOT_INJECTABLE + "it is generic. Bind a parameterized type with a @Provides"
                + " method.", "// listed");
    }

    @Test
    void privateConstructorInSourceIsReportedOnTheConstructor() {
        String code = IMPORTS + """
                @Injectable final class Clock {
                    private Clock() {} // constructor
                }
                @Module(providers = Clock.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] the constructor of Clock is private, so generated code cannot call it without"
                + " reflection. Make it package-private.", "// constructor");
    }

    @Test
    void privateInjectConstructorInSourceIsReportedOnTheConstructor() {
        String code = IMPORTS + """
                final class Clock {
                    @Inject private Clock() {} // constructor
                }
                @Module(providers = Clock.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] the constructor of Clock is private, so generated code cannot call it without"
                + " reflection. Make it package-private.", "// constructor");
    }

    @Test
    void privateConstructorOfALibraryClassIsReportedOnTheListing(@TempDir Path libraryDir) throws IOException {
        compileLibrary(libraryDir, source("lib.Clock", """
                package lib;
                import jakarta.inject.Inject;
                public final class Clock {
                    @Inject private Clock() {}
                }
                """));
        String code = IMPORTS + """
                @Module(providers = lib.Clock.class) // listed
                public final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compileWith(libraryDir, file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] lib.Clock" + NOT_INJECTABLE + "its constructor is private")
                .inFile(file).onLine(line(code, "// listed"));
        assertThat(c).hadErrorCount(1);
    }

    // --- lifecycle methods: on the method

    @Test
    void onStartWithParameters() {
        String code = IMPORTS + """
                @Injectable final class Job {
                    @OnStart void begin(String name) {} // hook
                }
                @Module(providers = Job.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadLifecycle] @OnStart method Job.begin takes parameters. Lifecycle methods take none: inject what"
                + " they need into the class.", "// hook");
    }

    @Test
    void onStopWithParameters() {
        String code = IMPORTS + """
                @Injectable final class Job {
                    @OnStop void end(int code) {} // hook
                }
                @Module(providers = Job.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadLifecycle] @OnStop method Job.end takes parameters. Lifecycle methods take none: inject what"
                + " they need into the class.", "// hook");
    }

    @Test
    void lifecycleMethodWithParametersOnASuperclass() {
        String code = IMPORTS + """
                abstract class Base {
                    @OnStart void begin(String name) {} // hook
                }
                @Injectable final class Job extends Base {}
                @Module(providers = Job.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadLifecycle] @OnStart method Base.begin takes parameters.", "// hook");
    }

    @Test
    void privateLifecycleMethod() {
        String code = IMPORTS + """
                @Injectable final class Job {
                    @OnStart private void begin() {} // hook
                }
                @Module(providers = Job.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadLifecycle] @OnStart member Job.begin is private, so generated code cannot reach it without"
                + " reflection. Make it package-private.", "// hook");
    }

    @Test
    void staticLifecycleMethod() {
        String code = IMPORTS + """
                @Injectable final class Job {
                    @OnStop static void end() {} // hook
                }
                @Module(providers = Job.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadLifecycle] @OnStop member Job.end is static.", "// hook");
    }

    // --- @Provides methods: on the method

    @Test
    void abstractProvidesMethod() {
        String code = IMPORTS + """
                @Module abstract class AppModule {
                    @Provides abstract String name(); // provides
                }
                """;
        assertOneError(code, "[Aerie/BadProvidesMethod] @Provides method AppModule.name() is abstract. Give it a body.", "// provides");
    }

    @Test
    void voidProvidesMethod() {
        String code = IMPORTS + """
                @Module final class AppModule {
                    @Provides static void name() {} // provides
                }
                """;
        assertOneError(code, "[Aerie/BadProvidesMethod] @Provides method AppModule.name() returns void. Return the instance it provides.",
                "// provides");
    }

    @Test
    void genericProvidesMethod() {
        String code = IMPORTS + """
                @Module final class AppModule {
                    @Provides static <T> java.util.List<T> names() { return java.util.List.of(); } // provides
                }
                """;
        assertOneError(code, "[Aerie/BadProvidesMethod] @Provides method AppModule.names() is generic. Provide one concrete type per method.",
                "// provides");
    }

    @Test
    void instanceProvidesMethodsOnAModuleWithAPrivateConstructor() {
        String code = IMPORTS + """
                @Module final class AppModule { // module
                    private AppModule() {}
                    @Provides String name() { return "x"; }
                }
                """;
        assertOneError(code, "[Aerie/BadModule] module AppModule has instance @Provides methods but the container cannot create it:"
                + " give it a non-private constructor without parameters, or make the @Provides methods static.",
                "// module");
    }

    @Test
    void instanceProvidesMethodsOnAModuleWithoutANoArgumentConstructor() {
        String code = IMPORTS + """
                @Module final class AppModule { // module
                    AppModule(String name) {}
                    @Provides String name() { return "x"; }
                }
                """;
        assertOneError(code, "[Aerie/BadModule] module AppModule has instance @Provides methods but the container cannot create it",
                "// module");
    }

    @Test
    void instanceProvidesMethodsOnAnAbstractModule() {
        String code = IMPORTS + """
                @Module abstract class AppModule { // module
                    @Provides String name() { return "x"; }
                }
                """;
        assertOneError(code, "[Aerie/BadModule] module AppModule has instance @Provides methods but the container cannot create it",
                "// module");
    }

    // --- what a rejected provider or @Provides method would have bound: one error, where it is rejected

    @Test
    void injectingARejectedGenericProviderIsNotAlsoAMissingBinding() {
        String code = IMPORTS + """
                @Injectable final class Box<T> { Box() {} }
                @Injectable final class Books { Books(Box<String> box) {} }
                @Module(providers = {Box.class, // listed
                        Books.class}) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Box" + NOT_INJECTABLE + "it is generic.", "// listed");
    }

    @Test
    void injectingWhatARejectedProvidesMethodProvidesIsNotAlsoAMissingBinding() {
        String code = IMPORTS + """
                @Injectable final class Books { Books(String name, int port, @jakarta.inject.Named("a") String a) {} }
                @Module(providers = Books.class) abstract class AppModule {
                    @Provides private static String name() { return "x"; } // private
                    @Provides abstract int port(); // abstract
                    @Provides @jakarta.inject.Named("a") private static String a() { return "a"; } // named
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvidesMethod] @Provides method AppModule.name() is private").inFile(file)
                .onLine(line(code, "// private"));
        assertThat(c).hadErrorContaining("[Aerie/BadProvidesMethod] @Provides method AppModule.port() is abstract").inFile(file)
                .onLine(line(code, "// abstract"));
        assertThat(c).hadErrorContaining("[Aerie/BadProvidesMethod] @Provides method AppModule.a() is private").inFile(file)
                .onLine(line(code, "// named"));
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void injectingWhatARejectedGenericProvidesMethodProvidesIsNotAlsoAMissingBinding() {
        String code = IMPORTS + """
                @Injectable final class Books { Books(java.util.List<String> names) {} }
                @Module(providers = Books.class) final class AppModule {
                    @Provides static <T> java.util.List<T> names() { return java.util.List.of(); } // provides
                }
                """;
        assertOneError(code, "[Aerie/BadProvidesMethod] @Provides method AppModule.names() is generic.", "// provides");
    }

    @Test
    void aRejectedProvidesMethodHidesOnlyItsOwnKey() {
        String code = IMPORTS + """
                @Injectable final class Books {
                    Books(@jakarta.inject.Named("b") String b) {} // other
                }
                @Module(providers = Books.class) final class AppModule {
                    @Provides @jakarta.inject.Named("a") private static String a() { return "a"; } // provides
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvidesMethod] @Provides method AppModule.a() is private").inFile(file)
                .onLine(line(code, "// provides"));
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for @jakarta.inject.Named(\"b\") java.lang.String")
                .inFile(file).onLine(line(code, "// other"));
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void exportingARejectedProviderIsNotAlsoAnExportError() {
        String code = IMPORTS + """
                interface Clock {}
                @Module(providers = Clock.class, // listed
                        exports = Clock.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadProvider] app.Clock" + NOT_INJECTABLE + "it is an interface.", "// listed");
    }

    @Test
    void exportingWhatARejectedProvidesMethodProvidesIsNotAlsoAnExportError() {
        String code = IMPORTS + """
                @Module(exports = String.class) final class AppModule {
                    @Provides private static String name() { return "x"; } // provides
                }
                """;
        assertOneError(code, "[Aerie/BadProvidesMethod] @Provides method AppModule.name() is private", "// provides");
    }

    // --- the other promises of "Not supported" and "Provider not visible"

    @Test
    void genericInjectMethod() {
        String code = IMPORTS + """
                @Injectable final class Books {
                    @Inject <T> void set(String name) {} // method
                }
                @Module(providers = Books.class) final class AppModule {}
                """;
        assertOneError(code, "[Aerie/BadInjectionPoint] @Inject method Books.set is generic. Injected methods cannot declare type"
                + " parameters: remove them.",
                "// method");
    }

    @Test
    void abstractClassWithNoBinding() {
        String code = IMPORTS + """
                abstract class Clock {}
                @Injectable final class Books {
                    Books(Clock clock) {} // here
                }
                @Module(providers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] app.Clock is an interface or abstract class with no binding in application"
                + " AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: bind it with a @Provides method (returning an implementation) in"
                + " AppModule").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void providerNeitherExportedNorImported() {
        String code = IMPORTS + """
                @Injectable final class Clock {}
                @Injectable final class Books {
                    Books(Clock clock) {} // here
                }
                @Module(providers = Clock.class) final class ClockModule {}
                @Module(providers = Books.class) final class BooksModule {}
                @Module(imports = {ClockModule.class, BooksModule.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/NotExported] app.Clock is provided by module ClockModule but module BooksModule cannot"
                + " see it").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorContaining("Fix: add Clock to ClockModule's exports and import module ClockModule in"
                + " BooksModule.").inFile(file).onLine(line(code, "// here"));
        assertThat(c).hadErrorCount(1);
    }

    private static void assertOneError(String code, String message, String marker) {
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining(message).inFile(file).onLine(line(code, marker));
        assertThat(c).hadErrorCount(1);
    }

    /** Compiles {@code sources} without Aerie into {@code dir}, as a library's class files. */
    private static void compileLibrary(Path dir, JavaFileObject... sources) throws IOException {
        Compilation library = javac().compile(sources);
        assertThat(library).succeeded();
        for (JavaFileObject classFile : library.generatedFiles()) {
            if (classFile.getKind() == JavaFileObject.Kind.CLASS) {
                String name = classFile.toUri().getPath();
                Path target = dir.resolve(name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = classFile.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
    }

    private static Compilation compileWith(Path libraryDir, JavaFileObject... sources) {
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(libraryDir.toFile());
        return javac().withProcessors(new AerieProcessor()).withClasspath(classpath)
                .withOptions("-Xlint:all,-processing,-auxiliaryclass")
                .compile(Compiles.withStubs(sources));
    }
}
