package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.aerie.processor.Compiles.line;
import static dev.aerie.processor.Compiles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.ExtensionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The extension SPI as the HTTP and ORM extensions use it: reading and validating their own
 * annotations, binding a generated class that takes the application's controllers, and writing
 * files from the resolved application.
 */
class ExtensionSpiTest {
    private static final String ANNOTATION = """
            package app;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.CLASS) @Target({ElementType.TYPE, ElementType.METHOD})
            public @interface Route {}
            """;

    /** Binds {@code <Root>_Routes}, created from a Provider of every controller, and lists them in a resource. */
    static final class RoutesExtension implements AerieExtension {
        final List<String> routeClasses = new ArrayList<>();
        final List<ResolvedApplication> written = new ArrayList<>();
        final List<String> extraDependency;

        RoutesExtension(List<String> extraDependency) {
            this.extraDependency = extraDependency;
        }

        @Override
        public Set<String> annotationTypes() {
            return Set.of("app.Route");
        }

        @Override
        public void round(ExtensionContext context, RoundEnvironment round) {
            TypeElement route = context.env().getElementUtils().getTypeElement("app.Route");
            if (route == null) {
                return;
            }
            for (Element e : round.getElementsAnnotatedWith(route)) {
                if (e.getKind() == ElementKind.METHOD) {
                    context.reporter().report(Diagnostic.of(DiagnosticKind.BAD_ROUTE, e,
                            "@Route belongs on controller classes;", "move it to the class."));
                } else {
                    routeClasses.add(e.toString());
                }
            }
        }

        static ClassName routes(ApplicationModel app) {
            return ClassName.get(app.container().packageName(), app.container().simpleName().replace("_Application", "_Routes"));
        }

        @Override
        public List<Binding> bindings(ExtensionContext context, ApplicationModel app) {
            List<Dependency> dependencies = new ArrayList<>();
            app.modules().forEach(m -> m.bindings().stream()
                    .filter(b -> b.kind() == BindingKind.CONTROLLER)
                    .forEach(b -> dependencies.add(b.asDependency(true, "routes of " + app.root(), b.at()))));
            TypeElement root = context.env().getElementUtils().getTypeElement(app.root());
            for (String extra : extraDependency) {
                TypeElement type = context.env().getElementUtils().getTypeElement(extra);
                dependencies.add(context.keys().dependency(root, type.asType(), "routes of " + app.root()));
            }
            ClassName routes = routes(app);
            return List.of(Binding.generated(Key.of(routes.canonicalName(), routes.reflectionName()), Scope.SINGLETON,
                    dependencies, new StaticCall(routes, "create"), routes, "the routes of " + app.root(),
                    context.sourceOf(root)));
        }

        @Override
        public void write(ExtensionContext context, ResolvedApplication app) {
            written.add(app);
            ClassName routes = ClassName.get(app.container().packageName(),
                    app.container().simpleName().replace("_Application", "_Routes"));
            MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(routes);
            List<CodeBlock> names = new ArrayList<>();
            for (Binding controller : app.controllers()) {
                // a controller the container cannot name (not public) arrives as Provider<?>
                create.addParameter(ParameterizedTypeName.get(ClassName.get("jakarta.inject", "Provider"),
                                controller.publicType() ? controller.type() : WildcardTypeName.subtypeOf(Object.class)),
                        Character.toLowerCase(controller.key().simpleType().charAt(0)) + controller.key().simpleType().substring(1));
                names.add(CodeBlock.of("$S", controller.key().type()));
            }
            create.addStatement("return new $T($T.of($L))", routes, List.class, CodeBlock.join(names, ", "));
            TypeSpec type = TypeSpec.classBuilder(routes).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addField(ParameterizedTypeName.get(List.class, String.class), "controllers", Modifier.PUBLIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addParameter(ParameterizedTypeName.get(List.class, String.class), "controllers")
                            .addStatement("this.controllers = controllers").build())
                    .addMethod(create.build())
                    .build();
            TypeElement root = context.env().getElementUtils().getTypeElement(app.root());
            context.writeJava(JavaFile.builder(routes.packageName(), type).build(), root);
            context.writeResource("META-INF/aerie/routes.txt", String.join("\n", app.controllers().stream()
                    .map(b -> b.key().type()).toList()), root);
        }
    }

    private static final String APP = """
            package app;
            import dev.aerie.api.Injectable;
            import dev.aerie.api.Module;
            @Route @Injectable final class BooksController {}
            @Route @Injectable final class AuthorsController {}
            @Module(controllers = BooksController.class) final class BooksModule {}
            @Module(imports = BooksModule.class, controllers = AuthorsController.class)
            public final class AppModule {}
            """;

    private static Compilation compile(RoutesExtension extension, JavaFileObject... sources) {
        return javac().withProcessors(new AerieProcessor(List.of(extension)))
                .withOptions("-Xlint:all,-processing,-auxiliaryclass")
                .compile(Compiles.withRuntime(sources));
    }

    @Test
    void extensionBindingsJoinTheContainerAndExtensionsWriteFiles() {
        RoutesExtension extension = new RoutesExtension(List.of());
        Compilation c = compile(extension, source("app.Route", ANNOTATION), source("app.AppModule", APP));
        assertThat(c).succeededWithoutWarnings();
        assertEquals(List.of("app.AuthorsController", "app.BooksController"), extension.routeClasses.stream().sorted().toList());
        assertEquals(1, extension.written.size());
        assertEquals(List.of("app.AuthorsController", "app.BooksController"),
                extension.written.get(0).controllers().stream().map(b -> b.key().type()).toList());
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("AppModule_Routes.create(this::authorsController, this::booksController)");
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("case \"app.AppModule_Routes\" -> appModuleRoutes();");
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/aerie/routes.txt")
                .contentsAsUtf8String().isEqualTo("app.AuthorsController\napp.BooksController");
    }

    @Test
    void extensionBindingsAreValidatedLikeAnyOther() {
        String missing = """
                package app;
                public final class Missing {}
                """;
        RoutesExtension extension = new RoutesExtension(List.of("app.Missing"));
        JavaFileObject app = source("app.AppModule", APP);
        Compilation c = compile(extension, source("app.Route", ANNOTATION), app, source("app.Missing", missing));
        assertThat(c).hadErrorContaining("[Aerie/MissingBinding] missing binding for app.Missing in application AppModule")
                .inFile(app).onLine(line(APP, "public final class AppModule"));
        assertThat(c).hadErrorContaining("app.Missing is injected at routes of app.AppModule");
        assertEquals(List.of(), extension.written, "nothing is written for an invalid graph");
    }

    @Test
    void extensionErrorsAreReportedOnTheirElements() {
        String controller = """
                package app;
                import dev.aerie.api.Injectable;
                @Injectable public final class Misplaced {
                    @Route void get() {} // here
                }
                """;
        JavaFileObject file = source("app.Misplaced", controller);
        Compilation c = compile(new RoutesExtension(List.of()), source("app.Route", ANNOTATION), file);
        assertThat(c).hadErrorContaining("[Aerie/BadRoute] @Route belongs on controller classes; move it to the class.").inFile(file).onLine(line(controller, "// here"));
    }
}
