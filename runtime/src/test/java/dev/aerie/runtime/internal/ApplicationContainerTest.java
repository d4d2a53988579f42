package dev.aerie.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start and close semantics, on a hand-written container. */
class ApplicationContainerTest {

    private static final class Fixture extends ApplicationContainer {
        final List<String> events = new ArrayList<>();
        private final List<LifecycleHook> hooks;

        Fixture(boolean failSecondStart) {
            super(Fixture.class, 0);
            hooks = List.of(
                    new LifecycleHook("db", () -> events.add("start db"), () -> events.add("stop db")),
                    new LifecycleHook("cache", () -> {
                        if (failSecondStart) {
                            throw new IllegalStateException("cache down");
                        }
                        events.add("start cache");
                    }, () -> events.add("stop cache")),
                    new LifecycleHook("api", () -> events.add("start api"), () -> {
                        events.add("stop api");
                        throw new IllegalStateException("api stop failed");
                    }));
        }

        @Override
        protected Object lookup(String key) {
            return key.equals("java.lang.String") ? "value" : null;
        }

        @Override
        protected String singletonKey(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public List<LifecycleHook> lifecycleHooks() {
            return hooks;
        }
    }

    @Test
    void aFailingStartStopsWhatAlreadyStarted() {
        Fixture container = new Fixture(true);
        IllegalStateException e = assertThrows(IllegalStateException.class, container::start);
        assertEquals("cache down", e.getMessage());
        assertEquals(List.of("start db", "stop db"), container.events);
    }

    @Test
    void closeStopsEverythingInReverseEvenWhenAStopFails() {
        Fixture container = new Fixture(false);
        container.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, container::close);
        assertEquals("api stop failed", e.getMessage());
        assertEquals(List.of("start db", "start cache", "start api", "stop api", "stop cache", "stop db"), container.events);
        container.close();
        assertEquals(6, container.events.size(), "close is idempotent");
    }

    @Test
    void startsOnlyOnce() {
        Fixture container = new Fixture(false);
        container.start();
        assertThrows(IllegalStateException.class, container::start);
    }

    @Test
    void lookupsByClassAndName() {
        Fixture container = new Fixture(false);
        assertSame("value", container.get(String.class));
        assertEquals("value", container.find(String.class).orElseThrow());
        assertEquals(java.util.Optional.empty(), container.find(Integer.class));
    }
}
