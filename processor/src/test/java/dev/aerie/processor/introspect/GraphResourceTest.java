package dev.aerie.processor.introspect;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.aerie.processor.AerieProcessor;
import dev.aerie.processor.RuntimeSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The graph resources {@code app graph} prints, written at compile time for a three-module
 * application: module subgraphs, import edges, export-marked edges, a qualifier, a controller-free
 * application. Compared with golden files; set -Daerie.golden.update=true to rewrite them.
 */
class GraphResourceTest {
    private static final String[][] SOURCES = {
            {"shop.clock.Clock", """
                    package shop.clock;
                    public interface Clock { long now(); }
                    """},
            {"shop.clock.ClockModule", """
                    package shop.clock;
                    import dev.aerie.api.Module;
                    import dev.aerie.api.Provides;
                    import jakarta.inject.Named;
                    @Module(exports = Clock.class)
                    public final class ClockModule {
                        @Provides static Clock clock() { return () -> 42L; }
                        @Provides @Named("zone") static String zone() { return "UTC"; }
                    }
                    """},
            {"shop.orders.Orders", """
                    package shop.orders;
                    import dev.aerie.api.Injectable;
                    import shop.clock.Clock;
                    @Injectable
                    public final class Orders {
                        Orders(Clock clock, Ledger ledger) {}
                    }
                    """},
            {"shop.orders.Ledger", """
                    package shop.orders;
                    import dev.aerie.api.Injectable;
                    @Injectable
                    public final class Ledger {}
                    """},
            {"shop.orders.OrdersModule", """
                    package shop.orders;
                    import dev.aerie.api.Module;
                    import shop.clock.ClockModule;
                    @Module(imports = ClockModule.class, providers = {Orders.class, Ledger.class}, exports = Orders.class)
                    public final class OrdersModule {}
                    """},
            {"shop.Shop", """
                    package shop;
                    import dev.aerie.api.Injectable;
                    import shop.orders.Orders;
                    @Injectable
                    public final class Shop {
                        Shop(Orders orders) {}
                    }
                    """},
            {"shop.ShopModule", """
                    package shop;
                    import dev.aerie.api.Module;
                    import shop.orders.OrdersModule;
                    @Module(imports = OrdersModule.class, providers = Shop.class)
                    public final class ShopModule {}
                    """},
    };

    @Test
    void mermaidAndDotAreWrittenForTheRootModule() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String[] source : SOURCES) {
            sources.add(JavaFileObjects.forSourceString(source[0], source[1]));
        }
        sources.addAll(RuntimeSources.container());
        Compilation compilation = javac().withProcessors(new AerieProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        for (String format : List.of("mmd", "dot")) {
            String generated = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/aerie/graph/shop.ShopModule." + format)
                    .orElseThrow(() -> new AssertionError("no " + format + " graph for shop.ShopModule"))
                    .getCharContent(true).toString();
            assertEquals(golden("shop." + format, generated), generated, format);
        }
        assertEquals(true, compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/aerie/graph/shop.orders.OrdersModule.mmd").isEmpty(),
                "imported modules are not roots and get no graph");
    }

    private static String golden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden/introspect", name);
        if (Boolean.getBoolean("aerie.golden.update")) {
            Files.writeString(file, actual);
        }
        return Files.readString(file);
    }
}
