package dev.aerie.bench.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.bench.di.DiGraph.Binding;
import dev.aerie.bench.di.DiGraph.GraphModule;
import dev.aerie.bench.di.DiGraph.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiGraphTest {

    private final DiGraph graph = DiGraph.generate(50, 20261121L);

    @Test
    void hasAThousandBindingsInFiftyModules() {
        assertEquals(50, graph.modules().size());
        assertEquals(1000, graph.bindingCount());
    }

    @Test
    void gettingTheAppReachesEveryBinding() {
        assertEquals(graph.bindingCount(), graph.reachableFromApp().size());
    }

    @Test
    void everyModuleHasProvidesInterfaceBindingsAndImportsOnlyOlderModules() {
        for (GraphModule module : graph.modules()) {
            List<Kind> kinds = module.bindings().stream().map(Binding::kind).toList();
            assertEquals(2, kinds.stream().filter(k -> k == Kind.INTERFACE).count(), "module " + module.index());
            assertEquals(2, kinds.stream().filter(k -> k == Kind.THIRD_PARTY).count(), "module " + module.index());
            assertTrue(module.imports().stream().allMatch(i -> i < module.index()), "module " + module.index());
        }
        assertTrue(graph.modules().stream().filter(m -> !m.imports().isEmpty()).count() > 40,
                "most modules import others");
    }

    @Test
    void sameSeedGivesTheSameGraphAndDifferentSeedsDiffer() {
        assertEquals(graph, DiGraph.generate(50, 20261121L));
        assertTrue(!graph.equals(DiGraph.generate(50, 1L)));
    }

    @Test
    void writesGraphAndMainsTrees(@TempDir Path out) throws Exception {
        List<Path> graphSources = new DiSources(graph, out).write();
        // per module: 20 bindings (18 classes, 2 interfaces), 1 module class; then Root and App
        assertEquals(50 * 21 + 2, graphSources.size());
        assertTrue(Files.readString(out.resolve("mains/bench/main/HandChain.java"))
                .contains("return new bench.graph.App("));
        String module = Files.readString(out.resolve("graph/bench/graph/m01/M01Module.java"));
        assertTrue(module.contains("@Provides"), module);
    }
}
