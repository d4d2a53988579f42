package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code MeterRegistry} binding of the metrics extension: made when an injectable injects an
 * unqualified MeterRegistry (the container then calls {@code ApplicationMeters.registry()}), and
 * not made when nothing injects one or the application binds its own. Micrometer is not on the
 * processor's test class path: two empty classes stand in for its registry types (only their names
 * matter to the processor), and the runtime's ApplicationMeters is compiled from its source.
 */
class MeterRegistryBindingTest {
    private static final String METER_REGISTRY = """
            package io.micrometer.core.instrument;
            public abstract class MeterRegistry {}
            """;
    private static final String COMPOSITE = """
            package io.micrometer.core.instrument.composite;
            public class CompositeMeterRegistry extends io.micrometer.core.instrument.MeterRegistry {}
            """;

    @Test
    void anInjectedMeterRegistryIsBoundToAerie() {
        Compilation c = compile(source("app.AppModule", """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import io.micrometer.core.instrument.MeterRegistry;
                @Injectable final class Orders {
                    final MeterRegistry registry;
                    Orders(MeterRegistry registry) { this.registry = registry; }
                }
                @Module(providers = Orders.class)
                public final class AppModule {}
                """));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .contains("ApplicationMeters.registry()");
    }

    @Test
    void noBindingWhenNothingInjectsOne() {
        Compilation c = compile(source("app.AppModule", """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                @Injectable final class Orders {}
                @Module(providers = Orders.class)
                public final class AppModule {}
                """));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .doesNotContain("MeterRegistry");
    }

    @Test
    void anApplicationsOwnMeterRegistryWins() {
        Compilation c = compile(source("app.AppModule", """
                package app;
                import dev.aerie.api.Injectable;
                import dev.aerie.api.Module;
                import dev.aerie.api.Provides;
                import io.micrometer.core.instrument.MeterRegistry;
                import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
                @Injectable final class Orders {
                    final MeterRegistry registry;
                    Orders(MeterRegistry registry) { this.registry = registry; }
                }
                @Module(providers = Orders.class)
                public final class AppModule {
                    @Provides public static MeterRegistry registry() { return new CompositeMeterRegistry(); }
                }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("app.AppModule_Application").contentsAsUtf8String()
                .doesNotContain("ApplicationMeters");
    }

    private static Compilation compile(JavaFileObject app) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(app));
        sources.add(JavaFileObjects.forSourceString("io.micrometer.core.instrument.MeterRegistry", METER_REGISTRY));
        sources.add(JavaFileObjects.forSourceString("io.micrometer.core.instrument.composite.CompositeMeterRegistry", COMPOSITE));
        sources.addAll(RuntimeSources.sources(RuntimeSources.METRICS));
        return Compiles.compile(sources.toArray(JavaFileObject[]::new));
    }
}
