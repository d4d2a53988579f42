package dev.aerie.bench.di;

import dev.aerie.bench.di.DiGraph.Binding;
import dev.aerie.bench.di.DiGraph.GraphModule;
import dev.aerie.bench.di.DiGraph.Kind;
import dev.aerie.bench.di.DiGraph.Ref;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link DiGraph} as Java sources, in two trees:
 * <ul>
 *   <li>{@code graph/}: the user code Aerie processes (modules, injectables, {@code @Provides});
 *   <li>{@code mains/}: {@code HandChain} (the same graph wired by hand with {@code new}) and the two
 *       timing mains, {@code HandMain} and {@code AerieMain}.
 * </ul>
 * Cross-module types are written fully qualified, as nothing else would keep the names apart.
 */
final class DiSources {
    static final String BASE = "bench.graph";
    static final String MAINS = "bench.main";

    private final DiGraph graph;
    private final Path graphDir;
    private final Path mainsDir;
    private final List<Path> written = new ArrayList<>();

    DiSources(DiGraph graph, Path outDir) {
        this.graph = graph;
        this.graphDir = outDir.resolve("graph");
        this.mainsDir = outDir.resolve("mains");
    }

    /** Writes all files; returns the graph/ sources (what the processor benchmark compiles). */
    List<Path> write() {
        for (GraphModule module : graph.modules()) {
            writeModule(module);
        }
        writeRoot();
        List<Path> graphSources = List.copyOf(written);
        writeHandChain();
        writeMains();
        writeBreakdown();
        return graphSources;
    }

    private static String pkg(int module) {
        return BASE + ".m%02d".formatted(module);
    }

    private static String moduleClass(int module) {
        return "M%02dModule".formatted(module);
    }

    private static String fqn(Ref ref) {
        return pkg(ref.module()) + "." + ref.name();
    }

    /** The type as written inside module {@code from}: simple in its own package, else qualified. */
    private static String type(Ref ref, int from) {
        return ref.module() == from ? ref.name() : fqn(ref);
    }

    /** A parameter or field name: {@code s03}, or {@code m02Facade} for another module's type. */
    private static String param(Ref ref, int from) {
        String simple = Character.toLowerCase(ref.name().charAt(0)) + ref.name().substring(1);
        return ref.module() == from ? simple : "m%02d%s".formatted(ref.module(), ref.name());
    }

    private static String variable(Ref ref) {
        return "m%02d_%s".formatted(ref.module(), ref.name());
    }

    private void writeModule(GraphModule module) {
        int m = module.index();
        for (Binding b : module.bindings()) {
            switch (b.kind()) {
                case CLASS, FACADE -> writeClass(b, m, "@Injectable\n", "");
                case IMPL -> writeClass(b, m, "@Injectable\n", " implements " + b.partner());
                case THIRD_PARTY -> writeClass(b, m, "", "");
                case INTERFACE -> writeFile(pkg(m), b.ref().name(), """
                        package %s;

                        public interface %s {}
                        """.formatted(pkg(m), b.ref().name()));
            }
        }
        writeModuleClass(module);
    }

    /** A final class holding its dependencies; annotated only when the container makes it itself. */
    private void writeClass(Binding b, int m, String annotation, String implementsClause) {
        String name = b.ref().name();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg(m)).append(";\n\n");
        if (!annotation.isEmpty()) {
            s.append("import dev.aerie.api.Injectable;\nimport jakarta.inject.Inject;\n\n");
        }
        s.append(annotation).append("public final class ").append(name).append(implementsClause).append(" {\n");
        for (Ref dep : b.deps()) {
            s.append("    private final ").append(type(dep, m)).append(' ').append(param(dep, m)).append(";\n");
        }
        if (!b.deps().isEmpty()) {
            s.append('\n');
        }
        if (!annotation.isEmpty()) {
            s.append("    @Inject\n");
        }
        s.append("    public ").append(name).append('(')
                .append(b.deps().stream().map(d -> type(d, m) + " " + param(d, m)).collect(Collectors.joining(", ")))
                .append(") {\n");
        for (Ref dep : b.deps()) {
            s.append("        this.").append(param(dep, m)).append(" = ").append(param(dep, m)).append(";\n");
        }
        s.append("    }\n}\n");
        writeFile(pkg(m), name, s.toString());
    }

    private void writeModuleClass(GraphModule module) {
        int m = module.index();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg(m)).append(";\n\n");
        s.append("import dev.aerie.api.Module;\nimport dev.aerie.api.Provides;\n\n");
        s.append("@Module(\n");
        s.append("        imports = {").append(module.imports().stream()
                .map(i -> pkg(i) + "." + moduleClass(i) + ".class").collect(Collectors.joining(", "))).append("},\n");
        s.append("        providers = {").append(module.bindings().stream()
                .filter(b -> b.kind() == Kind.CLASS || b.kind() == Kind.FACADE || b.kind() == Kind.IMPL)
                .map(b -> b.ref().name() + ".class").collect(Collectors.joining(", "))).append("},\n");
        s.append("        exports = {").append(module.exports().stream()
                .map(r -> r.name() + ".class").collect(Collectors.joining(", "))).append("})\n");
        s.append("public final class ").append(moduleClass(m)).append(" {\n");
        boolean first = true;
        for (Binding b : module.bindings()) {
            if (b.kind() != Kind.INTERFACE && b.kind() != Kind.THIRD_PARTY) {
                continue;
            }
            if (!first) {
                s.append('\n');
            }
            first = false;
            String method = Character.toLowerCase(b.ref().name().charAt(0)) + b.ref().name().substring(1);
            String params = b.deps().stream().map(d -> type(d, m) + " " + param(d, m)).collect(Collectors.joining(", "));
            s.append("    @Provides\n");
            s.append("    public ").append(b.ref().name()).append(' ').append(method).append('(').append(params).append(") {\n");
            s.append("        return ").append(providesBody(b, m, d -> param(d, m))).append(";\n");
            s.append("    }\n");
        }
        s.append("}\n");
        writeFile(pkg(m), moduleClass(m), s.toString());
    }

    /** What a {@code @Provides} method returns; the hand-written chain writes the same expression. */
    private static String providesBody(Binding b, int m, java.util.function.Function<Ref, String> names) {
        return switch (b.kind()) {
            case INTERFACE -> names.apply(b.deps().get(0));
            case THIRD_PARTY -> "new " + type(b.ref(), m) + "("
                    + b.deps().stream().map(names).collect(Collectors.joining(", ")) + ")";
            default -> throw new IllegalArgumentException(b.kind() + " is not made by @Provides");
        };
    }

    private void writeRoot() {
        String imports = graph.appDeps().stream()
                .map(r -> pkg(r.module()) + "." + moduleClass(r.module()) + ".class")
                .collect(Collectors.joining(",\n                "));
        writeFile(BASE, "Root", """
                package %s;

                import dev.aerie.api.Module;

                /** The application's root module: what nothing else imports, and the App service. */
                @Module(
                        imports = {
                                %s},
                        providers = App.class)
                public final class Root {}
                """.formatted(BASE, imports));
        StringBuilder s = new StringBuilder();
        s.append("package ").append(BASE).append(";\n\n");
        s.append("import dev.aerie.api.Injectable;\nimport jakarta.inject.Inject;\nimport java.util.List;\n\n");
        s.append("/** Depends on the top of every module chain: getting it creates the whole graph. */\n");
        s.append("@Injectable\npublic final class App {\n");
        s.append("    private final List<Object> parts;\n\n    @Inject\n    public App(");
        s.append(graph.appDeps().stream().map(r -> fqn(r) + " " + param(r, 0)).collect(Collectors.joining(",\n            ")));
        s.append(") {\n        this.parts = List.of(");
        s.append(graph.appDeps().stream().map(r -> param(r, 0)).collect(Collectors.joining(", ")));
        s.append(");\n    }\n\n    /** How many module facades the App holds. */\n");
        s.append("    public int size() {\n        return parts.size();\n    }\n}\n");
        writeFile(BASE, "App", s.toString());
    }

    private void writeHandChain() {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(MAINS).append(";\n\n");
        s.append("/** The benchmark graph wired by hand, in dependency order: the baseline for container creation. */\n");
        s.append("final class HandChain {\n    private HandChain() {}\n\n");
        s.append("    static ").append(BASE).append(".App build() {\n");
        for (GraphModule module : graph.modules()) {
            for (Binding b : module.bindings()) {
                String var = variable(b.ref());
                String args = b.deps().stream().map(DiSources::variable).collect(Collectors.joining(", "));
                String line = switch (b.kind()) {
                    case CLASS, FACADE, IMPL -> "var " + var + " = new " + fqn(b.ref()) + "(" + args + ");";
                    case INTERFACE, THIRD_PARTY -> fqn(b.ref()) + " " + var + " = "
                            + providesBody(b, 0, DiSources::variable) + ";";
                };
                s.append("        ").append(line).append('\n');
            }
        }
        s.append("        return new ").append(BASE).append(".App(")
                .append(graph.appDeps().stream().map(DiSources::variable).collect(Collectors.joining(", ")))
                .append(");\n    }\n}\n");
        writeFile(MAINS, "HandChain", s.toString());
    }

    private void writeMains() {
        writeTimedMain("HandMain", "the hand-written chain takes to build the whole graph",
                "%s.App app = HandChain.build();".formatted(BASE), "");
        writeTimedMain("AerieMain", "Aerie takes to create the container and the whole graph",
                """
                Container container = dev.aerie.Aerie.create(%s.Root.class);
                        %s.App app = container.get(%s.App.class);""".formatted(BASE, BASE, BASE),
                "container.close();");
        writeTimedMain("DirectMain", "the generated Root_Application.create() (no ServiceLoader lookup) takes"
                        + " to create the container and the whole graph",
                """
                Container container = %s.Root_Application.create();
                        %s.App app = container.get(%s.App.class);""".formatted(BASE, BASE, BASE),
                "container.close();");
    }

    /** A main that prints the wall and main-thread CPU time of {@code timed}, which sets {@code app}. */
    private void writeTimedMain(String name, String what, String timed, String after) {
        writeFile(MAINS, name, """
                package %s;

                import dev.aerie.api.Container;
                import java.lang.management.ManagementFactory;
                import java.lang.management.ThreadMXBean;

                /** Prints the time %s, in a fresh JVM. */
                public final class %s {
                    public static void main(String[] args) {
                        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                        long startCpu = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        %s
                        long end = System.nanoTime();
                        long endCpu = threads.getCurrentThreadCpuTime();
                        System.out.println("BENCH_NANOS " + (end - start) + " cpu=" + (endCpu - startCpu) + " parts=" + app.size());
                        %s
                    }
                }
                """.formatted(MAINS, what, name, timed, after));
    }

    /** A main that splits Aerie's creation time into its phases, to profile where it goes. */
    private void writeBreakdown() {
        writeFile(MAINS, "AerieBreakdown", """
                package %s;

                import dev.aerie.runtime.internal.ApplicationContainer;
                import dev.aerie.runtime.internal.GeneratedContainers;
                import java.lang.management.ManagementFactory;
                import java.lang.management.ThreadMXBean;

                /**
                 * Prints the main thread's CPU time of each phase of what Aerie.create + get(App) do:
                 * ServiceLoader loading and constructing the container (from a registration built in
                 * memory), starting it, and resolving App (creating the whole graph).
                 */
                public final class AerieBreakdown {
                    public static void main(String[] args) throws Exception {
                        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                        long c1 = threads.getCurrentThreadCpuTime();
                        ApplicationContainer container = GeneratedContainers.load(%s.Root.class);
                        long c2 = threads.getCurrentThreadCpuTime();
                        container.start();
                        long c3 = threads.getCurrentThreadCpuTime();
                        %s.App app = container.get(%s.App.class);
                        long c4 = threads.getCurrentThreadCpuTime();
                        System.out.println("BENCH_PHASES service-loader=" + (c2 - c1)
                                + " start=" + (c3 - c2) + " get-App=" + (c4 - c3) + " parts=" + app.size());
                    }
                }
                """.formatted(MAINS, BASE, BASE, BASE));
    }

    private void writeFile(String pkg, String simpleName, String content) {
        Path dir = (pkg.startsWith(MAINS) ? mainsDir : graphDir).resolve(pkg.replace('.', '/'));
        Path file = dir.resolve(simpleName + ".java");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(file);
    }
}
