package dev.aerie.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.sample.AppModule;
import dev.aerie.sample.Events;
import dev.aerie.sample.Greeter;
import dev.aerie.sample.RequestCounter;
import dev.aerie.sample.Ticket;
import dev.aerie.sample.clock.Clock;
import dev.aerie.sample.clock.ClockModule;
import jakarta.inject.Named;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ContainerTest {

    @Test
    void createsTheGeneratedContainerAndInjectsAcrossModules() {
        try (Container container = Aerie.create(AppModule.class)) {
            Greeter greeter = container.get(Greeter.class);
            assertSame(greeter, container.get(Greeter.class), "singleton by default");
            try (RequestContext request = RequestScope.open()) {
                assertEquals("hello ada at 42 UTC #1", greeter.greet("ada"));
                assertEquals("hello bob at 42 UTC #2", greeter.greet("bob"), "same counter within a request");
            }
            try (RequestContext request = RequestScope.open()) {
                assertEquals("hello ada at 42 UTC #1", greeter.greet("ada"), "new counter in a new request");
            }
            assertEquals(42L, container.get(Clock.class).now(), "exported by the imported module");
            assertEquals("UTC", container.get(String.class, "zone"));
        }
    }

    @Test
    void transientGivesANewInstanceEachTime() {
        try (Container container = Aerie.create(AppModule.class)) {
            assertNotSame(container.get(Ticket.class), container.get(Ticket.class));
        }
    }

    @Test
    void requestScopedOutsideARequestFailsClearly() {
        try (Container container = Aerie.create(AppModule.class)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> container.get(RequestCounter.class));
            assertTrue(e.getMessage().contains("RequestCounter was used outside a request"), e.getMessage());
        }
    }

    @Test
    void genericKeysAreNotReachableByRawClass() {
        try (Container container = Aerie.create(AppModule.class)) {
            assertTrue(container.find(List.class).isEmpty());
        }
    }

    @Test
    void unknownBindingsFailNamingTheType() {
        try (Container container = Aerie.create(AppModule.class)) {
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> container.get(Runnable.class));
            assertTrue(e.getMessage().contains("java.lang.Runnable"), e.getMessage());
        }
    }

    @Test
    void lifecycleRunsInDependencyOrderAndReverses() {
        Container container = Aerie.create(AppModule.class);
        Events events = container.get(Events.class);
        assertEquals(List.of("database open", "cache warm"), events.all());
        container.close();
        container.close();
        assertEquals(List.of("database open", "cache warm", "cache flush", "database close"), events.all());
    }

    @Test
    void theGeneratedCreateStartsTheContainerWithoutALookup() {
        Container container = dev.aerie.sample.AppModule_Application.create();
        Events events = container.get(Events.class);
        assertEquals(List.of("database open", "cache warm"), events.all(), "started, as Aerie.create does");
        assertSame(container.get(Greeter.class), container.get(Greeter.class));
        container.close();
        assertEquals(List.of("database open", "cache warm", "cache flush", "database close"), events.all());
    }

    @Test
    void anImportedModuleHasNoContainer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aerie.create(ClockModule.class));
        assertTrue(e.getMessage().contains("No Aerie container was generated for " + ClockModule.class.getName()
                + " (there is no class " + ClockModule.class.getName() + "_Application)"), e.getMessage());
    }

    @Test
    void nestedRootModulesAndQualifiersSpelledDifferently() {
        try (Container container = Aerie.create(dev.aerie.sample.nested.Outer.App.class)) {
            assertEquals("hi hi", container.get(dev.aerie.sample.nested.Outer.Service.class).both());
            assertEquals("hi", container.get(String.class, "greeting"));
        }
    }

    @Test
    void genericSuperclassMembersInAnotherPackage() {
        try (Container container = Aerie.create(AppModule.class)) {
            dev.aerie.sample.ClockHolder holder = container.get(dev.aerie.sample.ClockHolder.class);
            assertSame(container.get(Clock.class), holder.value());
            assertEquals(1, holder.calls(), "the method is injected once, after the field");
        }
    }

    @Test
    void aProviderCalledDuringConstructionThatLeadsBackFailsClearly() {
        try (Container container = Aerie.create(dev.aerie.sample.recursive.RecursiveModule.class)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> container.get(dev.aerie.sample.recursive.RecursiveModule.Eager.class));
            assertEquals("dev.aerie.sample.recursive.RecursiveModule.Eager was requested while it was being created:"
                    + " a Provider.get() called during construction leads back to it"
                    + " (dev.aerie.sample.recursive.RecursiveModule.Eager -> dev.aerie.sample.recursive.RecursiveModule.Other"
                    + " -> dev.aerie.sample.recursive.RecursiveModule.Eager). Call get() later, after construction, or"
                    + " break the cycle.", e.getMessage());
        }
    }
}
