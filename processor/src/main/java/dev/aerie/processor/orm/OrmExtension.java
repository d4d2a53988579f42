package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.ExtensionContext;
import dev.aerie.processor.sql.SqlSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The ORM part of the processor: per entity its table, metamodel and DDL (through
 * {@link EntityCompilation}); per application an {@code OrmProvider} and three singleton
 * bindings visible to every module: the provider itself, {@code dev.aerie.runtime.internal.db.Database}
 * and the request-bound {@code dev.aerie.api.db.Session}.
 */
public final class OrmExtension implements AerieExtension {
    static final String CONFIG_TYPE = "io.helidon.config.Config";
    static final String CLOCK_TYPE = "java.time.Clock";
    private static final String MODULE = "dev.aerie.api.Module";
    private static final Set<String> ROUTE_ANNOTATIONS = Set.of("dev.aerie.api.http.Get", "dev.aerie.api.http.Post",
            "dev.aerie.api.http.Put", "dev.aerie.api.http.Patch", "dev.aerie.api.http.Delete");

    private EntityCompilation compilation;
    /** The binary names of the modules compiled from source here: their persistence is this compilation's. */
    private final Set<String> modules = new TreeSet<>();
    /** {@link #imported} per application root, read from the class path once. */
    private final Map<String, List<CompiledEntities>> importedByRoot = new HashMap<>();

    @Override
    public Set<String> annotationTypes() {
        return Set.of(EntityReader.ENTITY, EntityReader.PROJECTION);
    }

    @Override
    public void round(ExtensionContext context, RoundEnvironment round) {
        EntityCompilation entities = compilation(context);
        annotated(context, round, EntityReader.ENTITY).ifPresent(types -> entities.round(types, round.processingOver()));
        annotated(context, round, EntityReader.PROJECTION).ifPresent(entities::projections);
        annotated(context, round, MODULE).ifPresent(found -> found.stream()
                .filter(e -> e instanceof TypeElement)
                .forEach(e -> modules.add(context.env().getElementUtils().getBinaryName((TypeElement) e).toString())));
    }

    @Override
    public List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        EntityCompilation entities = compilation(context);
        if (!entities.hasEntities() && entities.projections().isEmpty() && !wantsDatabase(context, application)
                && imported(context, application.root(), application.modules()).isEmpty()) {
            return List.of(); // an application without persistence gets no pool
        }
        TypeElement root = context.env().getElementUtils().getTypeElement(application.root());
        Source at = context.sourceOf(root);
        ClassName provider = OrmProviderWriter.providerName(application.root());
        Key providerKey = Key.of(provider.canonicalName(), provider.canonicalName());
        String declaredBy = provider.simpleName() + " (generated for the @Entity classes)";
        List<Dependency> providerDependencies = new ArrayList<>();
        configBinding(application).ifPresent(config -> providerDependencies.add(new Dependency(config, false,
                provider.simpleName() + ".create(config)", at, OrmProviderWriter.CONFIG, true, true)));
        clockBinding(application).ifPresent(clock -> providerDependencies.add(new Dependency(clock, false,
                provider.simpleName() + ".create(clock)", at, OrmProviderWriter.CLOCK, true, true)));
        Dependency onProvider = new Dependency(providerKey, false, provider.simpleName() + " (orm)", at, provider, true, false);
        return List.of(
                binding(providerKey, providerDependencies, new StaticCall(provider, "create"),
                        Optional.of(new StaticCall(provider, "stop")), provider, declaredBy, at),
                binding(Key.of(OrmProviderWriter.DATABASE.canonicalName(), OrmProviderWriter.DATABASE.canonicalName()),
                        List.of(onProvider), new StaticCall(provider, "database"), Optional.empty(),
                        OrmProviderWriter.DATABASE, declaredBy, at),
                binding(Key.of(OrmProviderWriter.SESSION.canonicalName(), OrmProviderWriter.SESSION.canonicalName()),
                        List.of(onProvider), new StaticCall(provider, "session"), Optional.empty(),
                        OrmProviderWriter.SESSION, declaredBy, at));
    }

    @Override
    public void write(ExtensionContext context, ResolvedApplication application) {
        EntityCompilation entities = compilation(context);
        boolean bound = application.bindings().stream().anyMatch(b -> b.kind() == BindingKind.EXTENSION
                && b.key().type().equals(OrmProviderWriter.providerName(application.root()).canonicalName()));
        if (!bound) {
            return;
        }
        // written even when some entities are invalid (their errors are reported), so that the
        // container that names it compiles and those errors stand alone
        boolean injectedConfig = application.bindings().stream().anyMatch(b -> b.key().type().equals(CONFIG_TYPE)
                && b.key().qualifier().isEmpty());
        boolean injectedClock = application.bindings().stream().anyMatch(b -> b.key().type().equals(CLOCK_TYPE)
                && b.key().qualifier().isEmpty());
        TypeElement root = context.env().getElementUtils().getTypeElement(application.root());
        List<CompiledEntities> imported = imported(context, application.root(), application.modules());
        context.writeJava(OrmProviderWriter.write(application.root(), imported, entities.entities(),
                entities.projections(), injectedConfig, injectedClock), root);
    }

    @Override
    public void finish(ExtensionContext context) {
        EntityCompilation entities = compilation(context);
        entities.finish();
        CompiledEntities compiled = entities.compiled();
        if (entities.valid() && !(compiled.tables().isEmpty() && compiled.mappings().isEmpty())) {
            // next to every module, so that an application compiled elsewhere that imports one finds them
            for (String module : modules) {
                context.writeResource(CompiledEntities.FOLDER + module, compiled.text(), null);
            }
        }
    }

    /**
     * The tables the SQL checker checks against: this compilation's entities (once read) and
     * those recorded by the compilations its applications import.
     */
    public SqlSchema schema() {
        List<SqlSchema.Table> tables = new ArrayList<>();
        if (compilation != null) {
            compilation.entities().forEach(e -> tables.add(SqlSchemas.table(e)));
        }
        importedByRoot.values().stream().flatMap(List::stream).distinct()
                .forEach(c -> tables.addAll(SqlSchemas.read(c.columns())));
        return SqlSchema.of(tables);
    }

    /**
     * The persistence of the other compilations whose modules the application imports (the
     * application's own {@code src/main} seen from a test root module in {@code src/test}), once
     * each, in module order.
     */
    private List<CompiledEntities> imported(ExtensionContext context, String root, List<ModuleModel> applicationModules) {
        return importedByRoot.computeIfAbsent(root, r -> readImported(context, applicationModules));
    }

    private List<CompiledEntities> readImported(ExtensionContext context, List<ModuleModel> applicationModules) {
        Elements elements = context.env().getElementUtils();
        List<CompiledEntities> found = new ArrayList<>();
        for (ModuleModel module : applicationModules) {
            TypeElement type = elements.getTypeElement(module.name());
            if (type == null) {
                continue;
            }
            String binaryName = elements.getBinaryName(type).toString();
            if (!modules.contains(binaryName)) {
                CompiledEntities.find(context.env().getFiler(), binaryName)
                        .filter(c -> !found.contains(c))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private EntityCompilation compilation(ExtensionContext context) {
        if (compilation == null) {
            compilation = new EntityCompilation(context.env(), new OrmOutput() {
                @Override
                public void report(Diagnostic diagnostic) {
                    context.reporter().report(diagnostic);
                }

                @Override
                public void writeJava(JavaFile file, Element origin) {
                    context.writeJava(file, origin);
                }

                @Override
                public void writeResource(String path, String content) {
                    context.writeResource(path, content, null);
                }
            });
        }
        return compilation;
    }

    private static Optional<Set<? extends Element>> annotated(ExtensionContext context, RoundEnvironment round, String annotation) {
        TypeElement type = context.env().getElementUtils().getTypeElement(annotation);
        return Optional.ofNullable(type).map(round::getElementsAnnotatedWith);
    }

    /**
     * Raw-SQL applications without entities still get a Session when something injects one: a
     * binding, or a route method of a controller (the HTTP extension runs after this one, so its
     * dependencies are not in the graph yet).
     */
    private static boolean wantsDatabase(ExtensionContext context, ApplicationModel application) {
        Set<String> wanted = Set.of(OrmProviderWriter.SESSION.canonicalName(), OrmProviderWriter.DATABASE.canonicalName());
        return allBindings(application).flatMap(b -> b.dependencies().stream())
                .anyMatch(d -> wanted.contains(d.key().type()))
                || routeParameterTypes(context, application).anyMatch(wanted::contains);
    }

    /** The erased parameter types of the HTTP route methods of the application's controllers. */
    private static Stream<String> routeParameterTypes(ExtensionContext context, ApplicationModel application) {
        Elements elements = context.env().getElementUtils();
        Types types = context.env().getTypeUtils();
        return application.modules().stream().flatMap(m -> m.controllers().stream())
                .map(elements::getTypeElement).filter(Objects::nonNull)
                .flatMap(c -> ElementFilter.methodsIn(c.getEnclosedElements()).stream())
                .filter(OrmExtension::isRoute)
                .flatMap(m -> m.getParameters().stream())
                .map(p -> types.erasure(p.asType()).toString());
    }

    private static boolean isRoute(ExecutableElement method) {
        return method.getAnnotationMirrors().stream().anyMatch(a -> ROUTE_ANNOTATIONS.contains(
                ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString()));
    }

    /** The application's own unqualified {@code java.time.Clock}, if it binds one: the time of {@code @CreatedAt}/{@code @UpdatedAt}. */
    private static Optional<Key> clockBinding(ApplicationModel application) {
        return allBindings(application).map(Binding::key)
                .filter(k -> k.type().equals(CLOCK_TYPE) && k.qualifier().isEmpty())
                .findFirst();
    }

    private static Optional<Key> configBinding(ApplicationModel application) {
        return allBindings(application).map(Binding::key)
                .filter(k -> k.type().equals(CONFIG_TYPE) && k.qualifier().isEmpty())
                .findFirst();
    }

    private static Stream<Binding> allBindings(ApplicationModel application) {
        return Stream.concat(application.modules().stream().map(ModuleModel::bindings).flatMap(List::stream),
                application.extraBindings().stream());
    }

    private static Binding binding(Key key, List<Dependency> dependencies, StaticCall create, Optional<StaticCall> onStop,
                                   ClassName type, String declaredBy, Source at) {
        return new Binding(key, Scope.SINGLETON, BindingKind.EXTENSION, Optional.empty(), dependencies, create,
                Optional.empty(), Optional.empty(), onStop, type, true, declaredBy, at);
    }
}
