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
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The container plan on plain models: which singletons are entry points, inlined, owners, created where. */
class ContainerPlanTest {

    /** The plan of an application whose root {@code App} imports {@code Lib}, which exports {@code exported}. */
    private static ContainerPlan plan(List<String> exported, Binding... lib) {
        return plan(module("App", List.of("Lib"), List.of()), module("Lib", List.of(), exported, lib));
    }

    private static ContainerPlan plan(ModuleModel... modules) {
        var resolution = GraphResolver.resolve(app(modules));
        assertEquals(List.of(), resolution.problems());
        return ContainerPlan.of(resolution.application().orElseThrow());
    }

    private static Set<Key> keys(String... simple) {
        Set<Key> keys = new HashSet<>();
        for (String s : simple) {
            keys.add(key(s));
        }
        return keys;
    }

    @Test
    void aSingletonOneOtherInjectsIsCreatedInsideItAndOneSeveralInjectIsCreatedFirst() {
        ContainerPlan plan = plan(List.of("Top"),
                binding("Lib", "Bottom", Scope.SINGLETON, needs("Shared")),
                binding("Lib", "Middle", Scope.SINGLETON, needs("Bottom"), needs("Shared")),
                binding("Lib", "Shared", Scope.SINGLETON),
                binding("Lib", "Top", Scope.SINGLETON, needs("Middle")));
        assertEquals(keys("Top"), plan.entryPoints());
        assertEquals(keys("Bottom", "Middle"), plan.inlined());
        assertEquals(keys("Top"), plan.owners());
        assertEquals(Map.of(key("Top"), List.of(key("Shared"))), plan.sharedCreations());
        assertEquals(List.of(), plan.checked());
    }

    @Test
    void whatTheRestOfTheApplicationReachesIsAnEntryPoint() {
        ContainerPlan plan = plan(List.of("Exported"),
                binding("Lib", "Exported", Scope.SINGLETON),
                withHooks(binding("Lib", "Hooked", Scope.SINGLETON)),
                binding("Lib", "Lazy", Scope.SINGLETON),
                binding("Lib", "PerCall", Scope.TRANSIENT, needs("ForTransient")),
                binding("Lib", "ForTransient", Scope.SINGLETON),
                binding("Lib", "PerRequest", Scope.REQUEST, needs("ForRequest"), needsProvider("Lazy")),
                binding("Lib", "ForRequest", Scope.SINGLETON),
                binding("Lib", "Plain", Scope.SINGLETON, needs("Inner")),
                binding("Lib", "Inner", Scope.SINGLETON));
        // Plain is injected by nothing and reached by nothing: it gets no method; Inner is created inside it
        assertEquals(keys("Exported", "Hooked", "Lazy", "ForTransient", "ForRequest"), plan.entryPoints());
        assertEquals(plan.entryPoints(), plan.owners());
        assertEquals(keys("Inner"), plan.inlined());
    }

    @Test
    void aSingletonInjectedByARequestScopedBindingIsNotInlined() {
        ContainerPlan plan = plan(List.of(),
                binding("Lib", "PerRequest", Scope.REQUEST, needs("Only")),
                binding("Lib", "Only", Scope.SINGLETON));
        assertEquals(keys("Only"), plan.entryPoints());
        assertEquals(Set.of(), plan.inlined());
    }

    @Test
    void sharedSingletonsAreCreatedDependenciesFirstByEveryOwnerThatNeedsThem() {
        ContainerPlan plan = plan(List.of("First", "Second"),
                binding("Lib", "First", Scope.SINGLETON, needs("Service"), needs("Store")),
                binding("Lib", "Second", Scope.SINGLETON, needs("Service")),
                binding("Lib", "Service", Scope.SINGLETON, needs("Store")),
                binding("Lib", "Store", Scope.SINGLETON));
        assertEquals(keys("First", "Second"), plan.owners());
        assertEquals(List.of(key("Store"), key("Service")), plan.sharedCreatedBy(key("First")));
        assertEquals(List.of(key("Store"), key("Service")), plan.sharedCreatedBy(key("Second")));
        assertEquals(List.of(), plan.sharedCreatedBy(key("Service")));
    }

    @Test
    void anOwnerIsCreatedThroughItsOwnMethodNotAgainInsideAnother() {
        ContainerPlan plan = plan(List.of("Api", "Db"),
                binding("Lib", "Api", Scope.SINGLETON, needs("Db"), needs("Cache")),
                binding("Lib", "Cache", Scope.SINGLETON, needs("Db")),
                binding("Lib", "Db", Scope.SINGLETON));
        assertEquals(keys("Api", "Db"), plan.owners());
        assertEquals(keys("Cache"), plan.inlined());
        assertEquals(List.of(), plan.sharedCreatedBy(key("Api")));
    }

    @Test
    void nestingStopsAfterEightLevelsAndTheNextStartsAChainOfItsOwn() {
        List<Binding> chain = new ArrayList<>();
        chain.add(binding("Lib", "Top", Scope.SINGLETON, needs("C1")));
        for (int i = 1; i < 10; i++) {
            chain.add(binding("Lib", "C" + i, Scope.SINGLETON, needs("C" + (i + 1))));
        }
        chain.add(binding("Lib", "C10", Scope.SINGLETON));
        ContainerPlan plan = plan(List.of("Top"), chain.toArray(Binding[]::new));
        // Top(C1(...C8(c9)...)) with c9 = C9(C10()) created first
        assertEquals(ContainerPlan.MAX_NESTING, 8);
        assertEquals(keys("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C10"), plan.inlined());
        assertEquals(keys("Top"), plan.owners());
        assertEquals(List.of(key("C9")), plan.sharedCreatedBy(key("Top")));
    }

    @Test
    void noOwnerCreatesMoreThanItsShareOfSharedSingletons() {
        // a chain of 600 singletons that two others inject each (but N599): all shared, all needed by Top
        List<Binding> chain = new ArrayList<>();
        chain.add(binding("Lib", "N0", Scope.SINGLETON));
        chain.add(binding("Lib", "N1", Scope.SINGLETON, needs("N0")));
        for (int i = 2; i < 600; i++) {
            chain.add(binding("Lib", "N" + i, Scope.SINGLETON, needs("N" + (i - 1)), needs("N" + (i - 2))));
        }
        chain.add(binding("Lib", "Top", Scope.SINGLETON, needs("N599"), needs("N598")));
        ContainerPlan plan = plan(List.of("Top"), chain.toArray(Binding[]::new));
        assertEquals(keys("Top"), plan.entryPoints());
        assertTrue(plan.owners().size() >= 3, "the chain is split over several methods: " + plan.owners());
        Set<Key> created = new HashSet<>(plan.owners());
        for (Key owner : plan.owners()) {
            List<Key> shared = plan.sharedCreatedBy(owner);
            assertTrue(shared.size() <= ContainerPlan.MAX_SHARED_PER_METHOD, owner + " creates " + shared.size());
            created.addAll(shared);
        }
        // N599 has one injector, Top, so it is created inside Top's creation
        assertEquals(keys("N599"), plan.inlined());
        created.addAll(plan.inlined());
        assertEquals(601, created.size(), "every singleton is created by some owner");
    }

    @Test
    void onlyOwnersOnACycleThroughAProviderAreCheckedNumberedInBindingOrder() {
        ContainerPlan plan = plan(module("App", List.of(), List.of(),
                binding("App", "A", Scope.SINGLETON, needsProvider("B")),
                binding("App", "B", Scope.SINGLETON, needs("A")),
                binding("App", "Free", Scope.SINGLETON, needs("A"))));
        assertEquals(List.of(key("A"), key("B")), plan.checked());
        assertEquals(0, plan.checkIndex(key("A")));
        assertEquals(1, plan.checkIndex(key("B")));
        assertEquals(-1, plan.checkIndex(key("Free")));
    }

    @Test
    void setsFollowTheBindingOrder() {
        ContainerPlan plan = plan(module("App", List.of(), List.of(),
                binding("App", "Zeta", Scope.SINGLETON),
                binding("App", "Alpha", Scope.SINGLETON),
                binding("App", "Mu", Scope.SINGLETON)));
        assertEquals(List.of(key("Alpha"), key("Mu"), key("Zeta")), List.copyOf(plan.owners()));
    }
}
