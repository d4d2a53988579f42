package dev.aerie.example.docs.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** modules-and-di.md: @Provides methods, static and instance, qualified with @Named. */
class InfraModuleTest {
    @Test
    void providesTheQualifiedClientAndTheInterfaceBinding() {
        try (Container container = Aerie.create(InfraModule.class)) {
            HttpClient client = container.get(HttpClient.class, "main");
            assertEquals(Duration.ofSeconds(5), client.connectTimeout().orElseThrow());
            assertSame(client, container.get(HttpClient.class, "main"));   // @Provides: a singleton
            assertInstanceOf(UtcClock.class, container.get(Clock.class));
        }
    }
}
