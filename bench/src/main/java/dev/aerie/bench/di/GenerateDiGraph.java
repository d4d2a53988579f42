package dev.aerie.bench.di;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the DI benchmark sources: {@code java dev.aerie.bench.di.GenerateDiGraph OUT_DIR [MODULES] [SEED]}.
 * Also writes {@code OUT_DIR/graph-sources.txt} and {@code OUT_DIR/mains-sources.txt}, javac
 * argument files listing each tree.
 */
public final class GenerateDiGraph {
    private GenerateDiGraph() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateDiGraph OUT_DIR [MODULES=50] [SEED=20261121]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int modules = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261121L;
        DiGraph graph = DiGraph.generate(modules, seed);
        int reachable = graph.reachableFromApp().size();
        if (reachable != graph.bindingCount()) {
            throw new IllegalStateException("only " + reachable + " of " + graph.bindingCount()
                    + " bindings are reachable from App: the benchmark would not create them all");
        }
        List<Path> graphSources = new DiSources(graph, out).write();
        List<Path> mainsSources;
        try (var files = Files.walk(out.resolve("mains"))) {
            mainsSources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Files.writeString(out.resolve("graph-sources.txt"), argFile(graphSources));
        Files.writeString(out.resolve("mains-sources.txt"), argFile(mainsSources));
        System.out.printf("wrote %d bindings in %d modules (+ root, App), %d source files, to %s%n",
                graph.bindingCount(), modules, graphSources.size(), out);
    }

    private static String argFile(List<Path> files) {
        return files.stream().map(p -> "\"" + p.toAbsolutePath() + "\"").collect(Collectors.joining("\n", "", "\n"));
    }
}
