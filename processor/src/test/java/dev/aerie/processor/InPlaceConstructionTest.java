package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.Compiles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The container builds a class in place ({@code new X(...)}) when everything it needs is public,
 * and only otherwise goes through a generated factory or wiring class: fewer generated classes
 * means a faster compile and a faster start.
 */
class InPlaceConstructionTest {
    private static final String LIB = """
            package lib;
            import dev.aerie.api.Injectable;
            import dev.aerie.api.Module;
            import dev.aerie.api.OnStart;
            import dev.aerie.api.Provides;
            import jakarta.inject.Inject;

            @Module(providers = {Open.class, HiddenConstructor.class, FieldInjected.class, Started.class,
                    TakesHidden.class, Hidden.class},
                    exports = {Open.class, HiddenConstructor.class, FieldInjected.class, Started.class, TakesHidden.class})
            public final class LibModule {}

            @Injectable final class Hidden {}
            """;

    private static final List<JavaFileObject> LIB_CLASSES = List.of(
            source("lib.LibModule", LIB),
            source("lib.Open", """
                    package lib;
                    @dev.aerie.api.Injectable public final class Open { public Open() {} }
                    """),
            source("lib.HiddenConstructor", """
                    package lib;
                    @dev.aerie.api.Injectable public final class HiddenConstructor { HiddenConstructor(Open open) {} }
                    """),
            source("lib.FieldInjected", """
                    package lib;
                    @dev.aerie.api.Injectable public class FieldInjected { @jakarta.inject.Inject public Open open; }
                    """),
            source("lib.Started", """
                    package lib;
                    @dev.aerie.api.Injectable public class Started { @dev.aerie.api.OnStart public void start() {} }
                    """),
            source("lib.TakesHidden", """
                    package lib;
                    @dev.aerie.api.Injectable public class TakesHidden { public TakesHidden(Hidden hidden) {} }
                    """));

    @Test
    void onlyClassesTheContainerCannotReachGetAFactory() {
        Compilation c = compileWithApp("""
                package app;
                import dev.aerie.api.Module;
                @Module(imports = lib.LibModule.class) public final class AppModule {}
                """);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(Set.of("app.AppModule_Application", "lib.FieldInjected_Factory", "lib.HiddenConstructor_Factory",
                "lib.Hidden_Factory", "lib.Started_Factory", "lib.TakesHidden_Factory"), generatedClasses(c));
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = new Open();");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = HiddenConstructor_Factory.create(openLocked());");
    }

    @Test
    void aModuleWhoseProvidesMethodsAreAllPublicIsCalledDirectly() {
        Compilation c = compileWithApp("""
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.Provides;
                @Module(imports = lib.LibModule.class) public final class AppModule {
                    @Provides public StringBuilder builder(lib.Open open) { return new StringBuilder(); }
                    @Provides public static Integer answer() { return 42; }
                }
                """);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("private final AppModule appModule = new AppModule();");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = appModule.builder(openLocked());");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = AppModule.answer();");
        assertEquals(false, generatedClasses(c).contains("app.AppModule_Wiring"));
    }

    @Test
    void oneNonPublicProvidesMethodPutsTheWholeModuleBehindItsWiring() {
        Compilation c = compileWithApp("""
                package app;
                import dev.aerie.api.Module;
                import dev.aerie.api.Provides;
                @Module(imports = lib.LibModule.class) public final class AppModule {
                    @Provides public StringBuilder builder() { return new StringBuilder(); }
                    @Provides Integer answer() { return 42; }
                }
                """);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = AppModule_Wiring.builder(appModule);");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("instance = AppModule_Wiring.answer(appModule);");
    }

    @Test
    void aSingletonOnlyOneOtherSingletonInjectsIsCreatedInsideIt() throws java.io.IOException {
        Compilation c = Compiles.compile(source("chain.ChainModule", """
                package chain;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Module(providers = {Top.class, Middle.class, Bottom.class, Shared.class}, exports = Top.class)
                public final class ChainModule {}
                @Injectable final class Bottom { Bottom(Shared shared) {} }
                @Injectable final class Middle { Middle(Bottom bottom, Shared shared) {} }
                @Injectable final class Shared {}
                """), source("chain.Top", """
                package chain;
                @dev.aerie.api.Injectable public final class Top { Top(Middle middle) {} }
                """), source("app.AppModule", """
                package app;
                @dev.aerie.api.Module(imports = chain.ChainModule.class) public final class AppModule {}
                """));
        assertThat(c).succeededWithoutWarnings();
        String container = c.generatedSourceFile("app.AppModule_Application").orElseThrow().getCharContent(true).toString();
        // Middle and Bottom have one injector each and nothing else reaches them; Shared has two, so it is
        // created first, into its field, in the creation of the entry point Top
        assertTrue(container.contains("""
                            Object shared = this.shared;
                            if (shared == null) {
                                shared = Shared_Factory.create();
                                this.shared = shared;
                            }
                            instance = Top_Factory.create(Middle_Factory.create(Bottom_Factory.create(shared), shared));
                """), container);
        assertFalse(container.contains("middleLocked") || container.contains("bottomLocked")
                || container.contains("sharedLocked"), container);
    }

    @Test
    void noMethodCreatesMoreThanItsShareOfSharedSingletons() throws java.io.IOException {
        // a chain of 600 singletons that two others inject each: all shared, all needed by Top
        StringBuilder chain = new StringBuilder("""
                package chain;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Module(providers = {Top.class, N.class}, exports = Top.class)
                public final class ChainModule {}
                @Injectable final class N0 {}
                @Injectable final class N1 { N1(N0 a) {} }
                """);
        StringBuilder providers = new StringBuilder("Top.class, N0.class, N1.class");
        for (int i = 2; i < 600; i++) {
            chain.append("@Injectable final class N%d { N%d(N%d a, N%d b) {} }%n".formatted(i, i, i - 1, i - 2));
            providers.append(", N").append(i).append(".class");
        }
        chain.append("@Injectable final class Top { Top(N599 a, N598 b) {} }\n");
        String module = chain.toString().replace("{Top.class, N.class}", "{" + providers + "}");
        Compilation c = Compiles.compile(source("chain.ChainModule", module), source("app.AppModule", """
                package app;
                @dev.aerie.api.Module(imports = chain.ChainModule.class) public final class AppModule {}
                """));
        assertThat(c).succeeded();
        String container = c.generatedSourceFile("app.AppModule_Application").orElseThrow().getCharContent(true).toString();
        String[] methods = container.split("\n    private ");
        int owners = 0;
        for (String method : methods) {
            int created = method.split(" = this\\.", -1).length - 1;
            assertTrue(created <= dev.aerie.processor.graph.ContainerPlan.MAX_SHARED_PER_METHOD, "a method creates " + created + " shared singletons");
            owners += method.contains("Locked() {") ? 1 : 0;
        }
        assertTrue(owners >= 3, "the chain is split over several methods: " + owners);
    }

    private static Compilation compileWithApp(String app) {
        JavaFileObject[] sources = new JavaFileObject[LIB_CLASSES.size() + 1];
        LIB_CLASSES.toArray(sources);
        sources[LIB_CLASSES.size()] = source("app.AppModule", app);
        return Compiles.compile(sources);
    }

    private static Set<String> generatedClasses(Compilation c) {
        Set<String> names = new TreeSet<>();
        for (JavaFileObject file : c.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            names.add(path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length())
                    .replace(".java", "").replace('/', '.'));
        }
        return names;
    }
}
