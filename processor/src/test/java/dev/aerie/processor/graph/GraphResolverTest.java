package dev.aerie.processor.graph;

import static dev.aerie.processor.graph.Models.app;
import static dev.aerie.processor.graph.Models.binding;
import static dev.aerie.processor.graph.Models.key;
import static dev.aerie.processor.graph.Models.module;
import static dev.aerie.processor.graph.Models.needs;
import static dev.aerie.processor.graph.Models.needsProvider;
import static dev.aerie.processor.graph.Models.withHooks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.Scope;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphResolverTest {

    private static List<Diagnostic> problems(GraphResolver.Resolution r) {
        return r.problems();
    }

    @Test
    void ownAndImportedExportsAreVisible() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Clock"), List.of(), binding("App", "Books", Scope.SINGLETON, needs("Clock"))),
                module("Clock", List.of(), List.of("Clock"), binding("Clock", "Clock", Scope.SINGLETON))));
        assertEquals(List.of(), problems(r));
        ResolvedApplication app = r.application().orElseThrow();
        assertEquals(List.of(key("Clock")), app.resolved().get(key("Books")));
        assertEquals(List.of(key("Books"), key("Clock")), app.rootVisible());
    }

    @Test
    void notExportedIsInvisibleAndTheFixSaysSo() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Clock"), List.of(), binding("App", "Books", Scope.SINGLETON, needs("Clock"))),
                module("Clock", List.of(), List.of(), binding("Clock", "Clock", Scope.SINGLETON))));
        assertEquals(1, problems(r).size());
        Diagnostic p = problems(r).get(0);
        assertEquals(List.of(new Source("dep:Clock"), new Source("binding:Books")), p.sources());
        assertEquals("Fix: add Clock to Clock's exports.", p.fix(), p.message());
        assertTrue(r.application().isEmpty());
    }

    @Test
    void notImportedNamesTheModuleToImport() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Books", "Clock"), List.of()),
                module("Books", List.of(), List.of(), binding("Books", "Books", Scope.SINGLETON, needs("Clock"))),
                module("Clock", List.of(), List.of("Clock"), binding("Clock", "Clock", Scope.SINGLETON))));
        assertEquals("Fix: import module Clock in Books.", problems(r).get(0).fix(), problems(r).toString());
    }

    @Test
    void reExportsAreTransitive() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Core"), List.of(), binding("App", "Books", Scope.SINGLETON, needs("Clock"))),
                module("Core", List.of("Clock"), List.of("Clock")),
                module("Clock", List.of(), List.of("Clock"), binding("Clock", "Clock", Scope.SINGLETON))));
        assertEquals(List.of(), problems(r));
        assertTrue(r.application().orElseThrow().rootVisible().contains(key("Clock")));
    }

    @Test
    void importingWithoutReExportIsNotVisibleFurther() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Core"), List.of(), binding("App", "Books", Scope.SINGLETON, needs("Clock"))),
                module("Core", List.of("Clock"), List.of()),
                module("Clock", List.of(), List.of("Clock"), binding("Clock", "Clock", Scope.SINGLETON))));
        assertEquals(1, problems(r).size());
        assertEquals("Fix: import module Clock in App.", problems(r).get(0).fix(), problems(r).toString());
    }

    @Test
    void missingAndDuplicateAndCycleAreAllReported() {
        var r = GraphResolver.resolve(app(
                module("App", List.of("Other"), List.of(),
                        binding("App", "Books", Scope.SINGLETON, needs("Nowhere")),
                        binding("App", "A", Scope.SINGLETON, needs("B")),
                        binding("App", "B", Scope.SINGLETON, needs("A")),
                        binding("App", "Twice", Scope.SINGLETON)),
                module("Other", List.of(), List.of("Twice"), binding("Other", "Twice", Scope.SINGLETON))));
        List<String> messages = problems(r).stream().map(Diagnostic::message).toList();
        assertEquals(List.of(DiagnosticKind.DUPLICATE_BINDING, DiagnosticKind.MISSING_BINDING, DiagnosticKind.DEPENDENCY_CYCLE),
                problems(r).stream().map(Diagnostic::kind).toList());
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("duplicate binding for p.Twice"), messages.get(0));
        assertTrue(messages.get(1).startsWith("missing binding for p.Nowhere"), messages.get(1));
        assertTrue(messages.get(2).startsWith("dependency cycle: p.A -> p.B -> p.A"), messages.get(2));
    }

    @Test
    void providerEdgesBreakCycles() {
        var r = GraphResolver.resolve(app(module("App", List.of(), List.of(),
                binding("App", "A", Scope.SINGLETON, needsProvider("B")),
                binding("App", "B", Scope.SINGLETON, needs("A")))));
        assertEquals(List.of(), problems(r));
    }

    @Test
    void onlyBindingsOnACycleThroughAProviderCanBeRequestedDuringTheirCreation() {
        var r = GraphResolver.resolve(app(module("App", List.of(), List.of(),
                binding("App", "A", Scope.SINGLETON, needsProvider("B"), needs("Leaf")),
                binding("App", "B", Scope.SINGLETON, needs("C")),
                binding("App", "C", Scope.SINGLETON, needs("A")),
                binding("App", "Leaf", Scope.SINGLETON),
                binding("App", "Outside", Scope.SINGLETON, needs("A"), needsProvider("Leaf")))));
        assertEquals(Set.of(key("A"), key("B"), key("C")), r.application().orElseThrow().reentrant());
    }

    @Test
    void selfDependencyIsACycle() {
        var r = GraphResolver.resolve(app(module("App", List.of(), List.of(),
                binding("App", "A", Scope.SINGLETON, needs("A")))));
        assertTrue(problems(r).get(0).message().startsWith("dependency cycle: p.A -> p.A"), problems(r).toString());
    }

    @Test
    void singletonMayNotHoldRequestScopedEvenThroughTransients() {
        var r = GraphResolver.resolve(app(module("App", List.of(), List.of(),
                binding("App", "Audit", Scope.SINGLETON, needs("Greeting")),
                binding("App", "Greeting", Scope.TRANSIENT, needs("User")),
                binding("App", "Lazy", Scope.SINGLETON, needsProvider("User")),
                binding("App", "PerRequest", Scope.REQUEST, needs("User")),
                binding("App", "User", Scope.REQUEST))));
        assertEquals(1, problems(r).size(), problems(r).toString());
        assertTrue(problems(r).get(0).message().contains("singleton p.Audit depends on request-scoped p.User"
                + " (through transient p.Greeting)"), problems(r).toString());
    }

    @Test
    void startOrderPutsDependenciesFirst() {
        var r = GraphResolver.resolve(app(module("App", List.of(), List.of(),
                withHooks(binding("App", "Api", Scope.SINGLETON, needs("Cache"), needs("Db"))),
                withHooks(binding("App", "Cache", Scope.SINGLETON, needs("Db"))),
                binding("App", "Config", Scope.SINGLETON),
                withHooks(binding("App", "Db", Scope.SINGLETON, needs("Config"))))));
        assertEquals(List.of(key("Db"), key("Cache"), key("Api")),
                r.application().orElseThrow().startOrder().stream().map(b -> b.key()).toList());
    }

    @Test
    void extensionBindingsAreVisibleEverywhere() {
        var base = app(module("App", List.of("Books"), List.of()),
                module("Books", List.of(), List.of(), binding("Books", "Books", Scope.SINGLETON, needs("Orm"))));
        var orm = binding("App", "Orm", Scope.SINGLETON);
        var generated = dev.aerie.processor.model.Binding.generated(orm.key(), Scope.SINGLETON, List.of(), orm.create(),
                orm.type(), "the ORM", new Source("orm"));
        var r = GraphResolver.resolve(base.withExtraBindings(List.of(generated)));
        assertEquals(List.of(), problems(r));
        assertTrue(r.application().orElseThrow().rootVisible().contains(key("Orm")));
    }

    @Test
    void aProviderInAModuleOutsideTheApplicationSaysWhichModuleToImport() {
        ModuleModel users = module("Users", List.of(), List.of("UsersService"), binding("Users", "UsersService", Scope.SINGLETON));
        ModuleModel app = module("App", List.of(), List.of(), binding("App", "Notes", Scope.SINGLETON, needs("UsersService")));
        var r = GraphResolver.resolve(app(app), new GraphResolver.Hints(List.of(app, users), (a, b) -> false));
        Diagnostic p = problems(r).get(0);
        assertEquals(DiagnosticKind.MISSING_BINDING, p.kind());
        assertTrue(p.message().contains("module Users provides p.UsersService, but application App does not import Users"),
                p.message());
        assertEquals("Fix: import Users in App (@Module(imports = Users.class)).", p.fix());
    }

    @Test
    void anInterfaceWithABoundImplementationNamesIt() {
        Dependency shipping = new Dependency(key("Shipping"), false, "Checkout.<init>(shipping)", new Source("dep:Shipping"),
                com.palantir.javapoet.ClassName.get("p", "Shipping"), true, true);
        ModuleModel app = module("App", List.of(), List.of(), binding("App", "Checkout", Scope.SINGLETON, shipping),
                binding("App", "Standard", Scope.SINGLETON));
        var r = GraphResolver.resolve(app(app), new GraphResolver.Hints(List.of(app),
                (bound, wanted) -> bound.equals("p.Standard") && wanted.equals("p.Shipping")));
        Diagnostic p = problems(r).get(0);
        assertTrue(p.message().contains("Standard implements Shipping and is provided by Standard in module App"), p.message());
        assertEquals("Fix: bind the interface to it with a @Provides method in App: @Provides Shipping shipping(Standard impl)"
                + " { return impl; }, or inject Standard instead.", p.fix());
    }
}
