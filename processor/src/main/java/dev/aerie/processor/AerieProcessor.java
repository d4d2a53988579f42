package dev.aerie.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.graph.GraphResolver;
import dev.aerie.processor.graph.ModuleGraph;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.InjectableClass;
import dev.aerie.processor.model.MemberCall;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ModuleWiring;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.read.InjectableReader;
import dev.aerie.processor.read.ModuleReader;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Reporter;
import dev.aerie.processor.write.ContainerWriter;
import dev.aerie.processor.write.FactoryWriter;
import dev.aerie.processor.write.MembersInjectorWriter;
import dev.aerie.processor.write.WiringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Aerie's annotation processor: reads {@code @Module} graphs into plain models, validates them,
 * and writes factories and module wirings where the container cannot reach user code itself, and
 * one container per root module, {@code <Root>_Application} (the runtime finds it by that name).
 * Extensions (HTTP, ORM) plug in through {@link AerieExtension}.
 */
@AutoService(Processor.class)
public final class AerieProcessor extends AbstractProcessor {
    /**
     * The extensions, in the order they run. Queries before ORM: its bindings take the Session, so the
     * ORM sees the application needs a database. ORM and metrics before HTTP: a controller method may take the
     * ORM's {@code Session} (or the {@code MeterRegistry}), and the HTTP extension only injects types already bound.
     */
    private static List<AerieExtension> extensions() {
        dev.aerie.processor.orm.OrmExtension orm = new dev.aerie.processor.orm.OrmExtension();
        return List.of(new dev.aerie.processor.sql.QueriesExtension(orm::schema), orm,
                new dev.aerie.processor.metrics.MetricsExtension(), new dev.aerie.processor.http.HttpExtension(),
                new dev.aerie.processor.introspect.IntrospectExtension(), new dev.aerie.processor.config.ConfigExtension());
    }

    private final List<AerieExtension> extensions;
    private ProcessorContext context;
    private ModuleReader modules;
    private InjectableReader injectables;
    /** Every module read so far, by name. */
    private final Map<String, ModuleReader.Read> read = new TreeMap<>();
    /** Modules of this compilation with a main method: the application roots every other module should reach. */
    private final Set<String> mainRoots = new TreeSet<>();
    /** Modules whose lists name types not generated yet; retried next round. */
    private final Set<String> deferred = new TreeSet<>();

    /** The processor javac runs, with the built-in extensions. */
    public AerieProcessor() {
        this(extensions());
    }

    /** A processor with other extensions, for tests. */
    AerieProcessor(List<AerieExtension> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        context = new ProcessorContext(env);
        injectables = new InjectableReader(env, context, context.keyReader(), context, context::sourceOf);
        modules = new ModuleReader(env, context, context.keyReader(), injectables, context::sourceOf,
                context::valueSources);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>(List.of("dev.aerie.api.Module", "dev.aerie.api.Injectable",
                "dev.aerie.api.Provides", "dev.aerie.api.OnStart", "dev.aerie.api.OnStop"));
        extensions.forEach(e -> types.addAll(e.annotationTypes()));
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(dev.aerie.processor.sql.QueriesExtension.CHECK_OPTION, dev.aerie.processor.sql.QueriesExtension.DIALECTS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            for (AerieExtension extension : extensions) {
                extension.round(context, round);
            }
            List<TypeElement> batch = new ArrayList<>();
            Set<String> names = new TreeSet<>(deferred);
            deferred.clear();
            for (Element e : round.getElementsAnnotatedWith(dev.aerie.api.Module.class)) {
                if (e instanceof TypeElement t) {
                    names.add(t.getQualifiedName().toString());
                }
            }
            for (String name : names) {
                TypeElement module = processingEnv.getElementUtils().getTypeElement(name);
                if (module == null) {
                    continue;
                }
                if (!round.processingOver() && ModuleReader.incomplete(module)) {
                    deferred.add(name);
                } else {
                    batch.add(module);
                }
            }
            if (!batch.isEmpty()) {
                processModules(batch);
            }
            if (round.processingOver()) {
                extensions.forEach(e -> e.finish(context));
            }
        } catch (RuntimeException e) {
            // a bug in the processor must not hide behind a stack trace nobody sees
            context.report(Diagnostic.global(DiagnosticKind.INTERNAL_ERROR, "internal processor error: " + e + ".",
                    "Please report it with the code that causes it."));
            throw e;
        }
        return false;
    }

    private void processModules(List<TypeElement> batch) {
        int errorsBefore = context.errorCount();
        List<ModuleReader.Read> fresh = new ArrayList<>();
        for (TypeElement module : batch) {
            readWithImports(module, fresh);
        }
        ModuleGraph graph = new ModuleGraph(read.values().stream().map(ModuleReader.Read::model).toList());
        graph.importCycles().forEach(context::report);
        Set<String> batchNames = batch.stream().map(t -> t.getQualifiedName().toString()).collect(Collectors.toSet());
        batch.stream().filter(AerieProcessor::hasMain).forEach(t -> mainRoots.add(t.getQualifiedName().toString()));
        Set<String> alone = batch.stream().filter(t -> suppresses(t, DiagnosticKind.UNREACHABLE_MODULE))
                .map(t -> t.getQualifiedName().toString()).collect(Collectors.toSet());
        for (ModuleModel lost : graph.unreachable(mainRoots, batchNames)) {
            if (alone.contains(lost.name())) {
                continue;
            }
            String roots = mainRoots.stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).collect(Collectors.joining(" or "));
            context.report(Diagnostic.of(DiagnosticKind.UNREACHABLE_MODULE, lost.at(), "module " + lost.simpleName()
                    + " is not imported by the application root " + roots + " (the module with the main method),"
                    + " so its providers and routes are not part of that application.",
                    "Import it: @Module(imports = " + lost.simpleName() + ".class) on " + roots
                    + " or on a module it imports. For a module used alone (e.g. by a test), add"
                    + " @SuppressWarnings(\"UnreachableModule\") to it."));
        }

        Map<String, ModuleWiring> wirings = new TreeMap<>();
        read.values().forEach(r -> r.wiring().ifPresent(w -> wirings.put(r.model().name(), w)));
        GraphResolver.Hints hints = new GraphResolver.Hints(
                read.values().stream().map(ModuleReader.Read::model).toList(), this::assignable);
        List<ResolvedApplication> valid = new ArrayList<>();
        for (ModuleModel root : graph.roots(batchNames)) {
            ApplicationModel app = new ApplicationModel(root.name(), containerName(root.name()),
                    graph.application(root.name()), List.of());
            for (AerieExtension extension : extensions) {
                app = app.withExtraBindings(extension.bindings(context, app));
            }
            GraphResolver.Resolution resolution = GraphResolver.resolve(app, hints);
            resolution.problems().forEach(context::report);
            resolution.application().ifPresent(valid::add);
        }
        if (context.errorCount() > errorsBefore) {
            return; // generated code for a broken graph would only add confusing follow-up errors
        }
        for (ModuleReader.Read r : fresh) {
            r.injectables().stream().filter(i -> !i.inPlace()).forEach(this::writeFactory);
            r.wiring().filter(w -> !w.inPlace()).ifPresent(this::writeWiring);
        }
        writeMembersInjectors(fresh);
        for (ResolvedApplication app : valid) {
            TypeElement root = typeElement(ClassName.bestGuess(app.root()));
            context.writeJava(ContainerWriter.write(app, wirings), root);
            for (AerieExtension extension : extensions) {
                extension.write(context, app);
            }
        }
    }

    /** Reads a module and, transitively, the modules it imports (from source or class files). */
    private void readWithImports(TypeElement module, List<ModuleReader.Read> fresh) {
        String name = module.getQualifiedName().toString();
        if (read.containsKey(name)) {
            return;
        }
        ModuleReader.Read r = modules.read(module);
        read.put(name, r);
        fresh.add(r);
        for (String imported : r.model().imports()) {
            TypeElement element = processingEnv.getElementUtils().getTypeElement(imported);
            if (element != null) {
                readWithImports(element, fresh);
            }
        }
    }

    /**
     * The one {@link Reporter} for processors built on parts of Aerie (tests of the JSON support):
     * messages formatted and counted as the processor does.
     */
    public static Reporter reporter(ProcessingEnvironment env) {
        return new ProcessorContext(env);
    }

    /** An explicit application root: the module declares {@code static void main(String[])}, which calls Aerie.run. */
    private static boolean hasMain(TypeElement module) {
        return javax.lang.model.util.ElementFilter.methodsIn(module.getEnclosedElements()).stream()
                .anyMatch(m -> m.getSimpleName().contentEquals("main")
                        && m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                        && m.getParameters().size() == 1
                        && m.getParameters().get(0).asType().toString().equals("java.lang.String[]"));
    }

    /** Whether {@code element} carries {@code @SuppressWarnings("<Kind>")} for a warning {@code kind}. */
    private static boolean suppresses(Element element, DiagnosticKind kind) {
        SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
        return suppress != null && List.of(suppress.value()).contains(kind.label());
    }

    /** Whether a binding of canonical type {@code bound} could be injected where {@code wanted} is (for hints). */
    private boolean assignable(String bound, String wanted) {
        TypeElement from = processingEnv.getElementUtils().getTypeElement(raw(bound));
        TypeElement to = processingEnv.getElementUtils().getTypeElement(raw(wanted));
        if (from == null || to == null || from.equals(to)) {
            return false;
        }
        var types = processingEnv.getTypeUtils();
        return types.isAssignable(types.erasure(from.asType()), types.erasure(to.asType()));
    }

    private static String raw(String type) {
        return type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
    }

    /** {@code p.AppModule} gives {@code p.AppModule_Application}; nested {@code p.Outer.App} gives {@code p.Outer_App_Application}. */
    static ClassName containerName(String rootModule) {
        return GeneratedClass.APPLICATION.of(ClassName.bestGuess(rootModule));
    }

    private void writeFactory(InjectableClass injectable) {
        TypeElement type = typeElement(injectable.type());
        if (!context.inSource(type) && exists(injectable.factory())) {
            return; // a library compiled with Aerie ships its own factory
        }
        context.writeJava(FactoryWriter.write(injectable), type);
    }

    private void writeWiring(ModuleWiring wiring) {
        TypeElement module = typeElement(wiring.module());
        if (!context.inSource(module) && exists(wiring.wiring())) {
            return; // a library module compiled with Aerie ships its own wiring
        }
        context.writeJava(WiringWriter.write(wiring), module);
    }

    private void writeMembersInjectors(List<ModuleReader.Read> fresh) {
        Map<ClassName, List<MemberCall>> byDeclaring = new LinkedHashMap<>();
        for (ModuleReader.Read r : fresh) {
            for (InjectableClass injectable : r.injectables()) {
                List<MemberCall> calls = new ArrayList<>(injectable.members());
                calls.addAll(injectable.onStart());
                calls.addAll(injectable.onStop());
                calls.stream().filter(c -> !c.declaringIsTarget())
                        .forEach(c -> byDeclaring.computeIfAbsent(c.declaringClass(), k -> new ArrayList<>()).add(c));
            }
        }
        byDeclaring.forEach((declaring, calls) -> {
            TypeElement type = typeElement(declaring);
            if (!context.inSource(type) && exists(MemberCall.membersInjectorOf(declaring))) {
                return;
            }
            context.writeJava(MembersInjectorWriter.write(declaring, dev.aerie.processor.read.KeyReader.isPublicType(type),
                    calls), type);
        });
    }

    private boolean exists(ClassName name) {
        return !context.wrote(name.canonicalName())
                && processingEnv.getElementUtils().getTypeElement(name.canonicalName()) != null;
    }

    private TypeElement typeElement(ClassName name) {
        return processingEnv.getElementUtils().getTypeElement(name.canonicalName());
    }
}
