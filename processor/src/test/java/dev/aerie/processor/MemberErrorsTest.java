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

/** Errors about single classes and members (and what is not an error: private members of libraries). */
class MemberErrorsTest {
    private static final String IMPORTS = """
            package app;
            import dev.aerie.api.Injectable;
            import dev.aerie.api.Module;
            import dev.aerie.api.OnStart;
            import dev.aerie.api.Provides;
            import dev.aerie.api.Scope;
            import jakarta.inject.Inject;
            """;

    @Test
    void staticAndFinalInjectFields() {
        String code = IMPORTS + """
                @Injectable final class Clock {}
                @Injectable final class Books {
                    @Inject static Clock shared; // static
                    @Inject final Clock clock = null; // final
                }
                @Module(providers = {Clock.class, Books.class}) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadInjectionPoint] @Inject member Books.shared is static. Aerie does not inject static members:"
                + " make it an instance member.").inFile(file).onLine(line(code, "// static"));
        assertThat(c).hadErrorContaining("[Aerie/BadInjectionPoint] @Inject field Books.clock is final, so it cannot be injected.")
                .inFile(file).onLine(line(code, "// final"));
    }

    @Test
    void moreThanOneInjectConstructor() {
        String code = IMPORTS + """
                @Injectable final class Books {
                    @Inject Books() {}
                    @Inject Books(String title) {} // second
                }
                @Module(providers = Books.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadProvider] Books has more than one @Inject constructor. Keep @Inject on one of them.")
                .inFile(file).onLine(line(code, "// second"));
    }

    @Test
    void injectableWithSeveralConstructorsAndNoInject() {
        String code = IMPORTS + """
                @Injectable final class Books {
                    Books() {} // first
                    Books(String title) {}
                }
                @Module(providers = Books.class)
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadProvider] app.Books is listed in AppModule.providers but is not"
                + " injectable: it has 2 constructors. Mark the one the container calls with @Inject.")
                .inFile(file).onLine(line(code, "// first"));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void lifecycleOnANonSingleton() {
        String code = IMPORTS + """
                @Injectable(scope = Scope.TRANSIENT) final class Job {
                    @OnStart void begin() {} // hook
                }
                @Module(providers = Job.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadLifecycle] @OnStart method Job.begin is on Job, which is TRANSIENT-scoped."
                + " Only singletons have a lifecycle")
                .inFile(file).onLine(line(code, "// hook"));
    }

    @Test
    void exportOfSomethingNeitherProvidedNorImported() {
        String code = IMPORTS + """
                @Injectable final class Clock {}
                @Module(exports = Clock.class) // export
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadModule] AppModule exports Clock, which it neither provides nor imports.")
                .inFile(file).onLine(line(code, "// export"));
    }

    @Test
    void importOfANonModule() {
        String code = IMPORTS + """
                @Injectable final class Clock {}
                @Module(imports = Clock.class) // import
                final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadModule] AppModule imports app.Clock, which is not a @Module.")
                .inFile(file).onLine(line(code, "// import"));
    }

    @Test
    void privateProvidesMethod() {
        String code = IMPORTS + """
                @Module final class AppModule {
                    @Provides private static String name() { return "x"; } // provides
                }
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadProvidesMethod] @Provides method AppModule.name() is private")
                .inFile(file).onLine(line(code, "// provides"));
    }

    @Test
    void customScopesAreRejected() {
        String code = IMPORTS + """
                @jakarta.inject.Scope @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @interface Session {}
                @Session final class Cart { @Inject Cart() {} } // scoped
                @Module(providers = Cart.class) final class AppModule {}
                """;
        JavaFileObject file = source("app.AppModule", code);
        assertThat(compile(file)).hadErrorContaining("[Aerie/BadProvider] Cart is annotated @app.Session, a custom scope. Aerie has three"
                + " scopes: use @Injectable(scope = SINGLETON, REQUEST or TRANSIENT).")
                .inFile(file).onLine(line(code, "// scoped"));
    }

    @Test
    void privateInjectMembersOfLibraryClassesAreSkipped(@TempDir Path libraryDir) throws IOException {
        // a JSR-330 library compiled without Aerie, like the TCK: its private members are not ours to inject
        String library = """
                package lib;
                import jakarta.inject.Inject;
                public class Engine {
                    @Inject private String secret;
                    @Inject public Engine() {}
                    @Inject private void tune() {}
                    public boolean injected() { return secret != null; }
                }
                """;
        Compilation compiledLibrary = javac().compile(source("lib.Engine", library));
        assertThat(compiledLibrary).succeeded();
        for (JavaFileObject classFile : compiledLibrary.generatedFiles()) {
            if (classFile.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = libraryDir.resolve("lib").resolve(Path.of(classFile.getName()).getFileName().toString());
                Files.createDirectories(target.getParent());
                try (InputStream in = classFile.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        String app = IMPORTS + """
                @Module(providers = lib.Engine.class) public final class AppModule {}
                """;
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(libraryDir.toFile());
        Compilation c = javac().withProcessors(new AerieProcessor()).withClasspath(classpath)
                .withOptions("-Xlint:all,-processing")
                .compile(Compiles.withRuntime(source("app.AppModule", app)));
        assertThat(c).succeededWithoutWarnings();
        // with its private members skipped, Engine has nothing but a public constructor: built in place
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("return new Engine();");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String().doesNotContain("secret");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String().doesNotContain("tune");
    }
}
