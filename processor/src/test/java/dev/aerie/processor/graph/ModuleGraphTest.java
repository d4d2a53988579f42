package dev.aerie.processor.graph;

import static dev.aerie.processor.graph.Models.module;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleGraphTest {

    @Test
    void rootsAreModulesNobodyImports() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("App", List.of("Books", "Clock"), List.of()),
                module("Books", List.of("Clock"), List.of()),
                module("Clock", List.of(), List.of()),
                module("Tool", List.of("Clock"), List.of())));
        assertEquals(List.of("p.App", "p.Tool"), graph.roots(Set.of("p.App", "p.Books", "p.Clock", "p.Tool"))
                .stream().map(ModuleModel::name).toList());
        assertEquals(List.of("p.App", "p.Books", "p.Clock"),
                graph.application("p.App").stream().map(ModuleModel::name).toList());
    }

    @Test
    void onlyModulesOfThisCompilationBecomeRoots() {
        ModuleGraph graph = new ModuleGraph(List.of(module("App", List.of("Lib"), List.of()), module("Lib", List.of(), List.of())));
        assertEquals(List.of("p.App"), graph.roots(Set.of("p.App")).stream().map(ModuleModel::name).toList());
    }

    @Test
    void importCyclesAreReportedOnceOnTheFirstModule() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("App", List.of("A"), List.of()),
                module("A", List.of("B"), List.of()),
                module("B", List.of("C"), List.of()),
                module("C", List.of("A"), List.of())));
        List<Diagnostic> problems = graph.importCycles();
        assertEquals(1, problems.size());
        assertEquals(List.of(new Source("module:A")), problems.get(0).sources());
        assertEquals(DiagnosticKind.IMPORT_CYCLE, problems.get(0).kind());
        assertEquals("import cycle between modules: A imports B imports C imports A.", problems.get(0).message());
        assertEquals("Modules must form a tree: move what they share into a new module that both import.",
                problems.get(0).fix());
    }

    @Test
    void cyclesAreFoundPerComponentShortestFirst() {
        assertEquals(List.of(List.of("a", "b"), List.of("x")), Cycles.find(Map.of(
                "a", List.of("b", "c"), "b", List.of("a", "c"), "c", List.of(), "x", List.of("x"))));
        assertEquals(List.of(), Cycles.find(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of())));
    }
}
