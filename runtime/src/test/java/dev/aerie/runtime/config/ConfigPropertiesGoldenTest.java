package dev.aerie.runtime.config;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.aerie.processor.AerieProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The reader generated for a {@code @ConfigProperties} record, with the runtime on the class
 * path: it compiles under {@code -Werror}, reads every supported type, and the container creates
 * the record through it. Golden file under {@code processor/src/test/resources/golden/config};
 * {@code -Dgolden.update=true} rewrites it.
 */
class ConfigPropertiesGoldenTest {
    static final Path GOLDEN = Path.of("../processor/src/test/resources/golden/config");

    static final JavaFileObject SETTINGS = JavaFileObjects.forSourceLines("shop.CheckoutSettings",
            "package shop;",
            "import dev.aerie.api.config.ConfigDefault;",
            "import dev.aerie.api.config.ConfigProperties;",
            "import java.time.Duration;",
            "import java.util.List;",
            "import java.util.Optional;",
            "@ConfigProperties(\"shop.checkout\")",
            "public record CheckoutSettings(String currency, int maxItems, long maxCents, boolean open, Duration hold,",
            "        List<String> admins, Optional<String> coupon, Optional<Integer> retries, Optional<Long> quota,",
            "        Optional<Boolean> beta, Optional<Duration> grace,",
            "        @ConfigDefault(\"EUR\") String fallbackCurrency, @ConfigDefault(\"50\") int pageSize,",
            "        @ConfigDefault(\"10000000000\") long cap, @ConfigDefault(\"true\") boolean guests,",
            "        @ConfigDefault(\"15m\") Duration holdCart, @ConfigDefault(\"a, b\") List<String> regions,",
            "        String baseURL) {}");

    static final JavaFileObject SERVICE = JavaFileObjects.forSourceLines("shop.Checkout",
            "package shop;",
            "@dev.aerie.api.Injectable",
            "public final class Checkout {",
            "    final CheckoutSettings settings;",
            "    Checkout(CheckoutSettings settings) { this.settings = settings; }",
            "}");

    static final JavaFileObject MODULE = JavaFileObjects.forSourceLines("shop.ShopModule",
            "package shop;",
            "@dev.aerie.api.Module(providers = Checkout.class)",
            "public final class ShopModule {}");

    /** Another root of the same compilation that injects no settings. */
    static final JavaFileObject OTHER = JavaFileObjects.forSourceLines("shop.AdminModule",
            "package shop;",
            "@dev.aerie.api.Module",
            "public final class AdminModule {}");

    @Test
    void theReaderIsPlainCodeAndTheContainerUsesIt() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new AerieProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror").compile(SETTINGS, SERVICE, MODULE, OTHER);
        assertThat(compilation).succeeded();
        String generated = compilation.generatedSourceFile("shop.CheckoutSettings_ConfigReader").orElseThrow()
                .getCharContent(true).toString();
        Path golden = GOLDEN.resolve("CheckoutSettings_ConfigReader.java.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated);
        String container = compilation.generatedSourceFile("shop.ShopModule_Application").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(container.contains("CheckoutSettings_ConfigReader.create()"), container);
        assertTrue(container.contains("CheckoutSettings_ConfigReader.start("), "read at start: " + container);
        String other = compilation.generatedSourceFile("shop.AdminModule_Application").orElseThrow()
                .getCharContent(true).toString();
        assertFalse(other.contains("CheckoutSettings"), "a root that injects no settings does not read them: " + other);
    }
}
