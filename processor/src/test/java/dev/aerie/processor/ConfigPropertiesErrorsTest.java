package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.Compiles.compile;
import static dev.aerie.processor.Compiles.line;
import static dev.aerie.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code @ConfigProperties} records docs/configuration.md ("Typed configuration") says are
 * rejected: each problem is one error, on the line that causes it. (The generated reader itself
 * is checked by the runtime's ConfigPropertiesGoldenTest, which has the runtime on its class path.)
 */
class ConfigPropertiesErrorsTest {
    private static final String IMPORTS = """
            package app;
            import dev.aerie.api.config.ConfigDefault;
            import dev.aerie.api.config.ConfigProperties;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;
            """;

    private static void assertOneError(String code, String message, String marker) {
        JavaFileObject file = source("app.Settings", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining(message).inFile(file).onLine(line(code, marker));
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anUnsupportedComponentTypeIsAnErrorOnItsLine() {
        String code = IMPORTS + """
                @ConfigProperties("shop")
                public record Settings(String name,
                                       Set<String> tags, // set
                                       int port) {}
                """;
        assertOneError(code, "[Aerie/BadConfigProperties] Component Settings.tags has type java.util.Set<java.lang.String>, which Aerie cannot read"
                + " from configuration. Use String, int, long, boolean, Duration, List<String>, or Optional<String>,"
                + " Optional<Integer>, Optional<Long>, Optional<Boolean>, Optional<Duration>.", "// set");
    }

    @Test
    void everyUnsupportedComponentIsReported() {
        String code = IMPORTS + """
                @ConfigProperties("shop")
                public record Settings(Integer boxed, // boxed
                                       double ratio, // double
                                       List<Integer> ports, // list
                                       Optional<Double> limit, // optional
                                       Map<String, String> labels) {} // map
                """;
        JavaFileObject file = source("app.Settings", code);
        Compilation c = compile(file);
        for (String marker : new String[] {"// boxed", "// double", "// list", "// optional", "// map"}) {
            assertThat(c).hadErrorContaining("which Aerie cannot read from configuration").inFile(file).onLine(line(code, marker));
        }
        assertThat(c).hadErrorCount(5);
    }

    @Test
    void onlyARecordCanHoldConfigProperties() {
        String code = IMPORTS + """
                @ConfigProperties("shop") // class
                public final class Settings {
                    public String name;
                }
                """;
        assertOneError(code, "@ConfigProperties goes on a record, and Settings is a class. Make Settings a record whose"
                + " components are the configuration values.", "// class");
    }

    @Test
    void theRecordMustBePublic() {
        String code = IMPORTS + """
                @ConfigProperties("shop")
                record Settings(String name) {} // hidden
                """;
        assertOneError(code, "@ConfigProperties record Settings is not public, so the containers of other packages"
                + " cannot name it. Make it public.", "// hidden");
    }

    @Test
    void thePrefixIsDottedLowerCaseWords() {
        String code = IMPORTS + """
                @ConfigProperties("Shop Checkout") // prefix
                public record Settings(String name) {}
                """;
        assertOneError(code, "[Aerie/BadConfigProperties] @ConfigProperties(\"Shop Checkout\") on Settings is not a key"
                + " prefix. Write dotted lower-case words such as \"security.jwt\" (letters, digits and '-' between the"
                + " dots).", "// prefix");
    }

    @Test
    void aDefaultMustFitItsComponent() {
        String code = IMPORTS + """
                @ConfigProperties("shop")
                public record Settings(@ConfigDefault("ten") int attempts, // int
                                       @ConfigDefault("soon") Duration hold, // duration
                                       @ConfigDefault("yes") boolean open, // boolean
                                       @ConfigDefault("5s") Optional<Duration> timeout) {} // optional
                """;
        JavaFileObject file = source("app.Settings", code);
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("[Aerie/BadConfigProperties] @ConfigDefault(\"ten\") of Settings.attempts is not an int. Write an int,"
                + " or remove @ConfigDefault to make the key required.")
                .inFile(file).onLine(line(code, "// int"));
        assertThat(c).hadErrorContaining("@ConfigDefault(\"soon\") of Settings.hold is not a duration such as 5s, 500ms,"
                + " 2m, 1h or PT5S.").inFile(file).onLine(line(code, "// duration"));
        assertThat(c).hadErrorContaining("@ConfigDefault(\"yes\") of Settings.open is not true or false.")
                .inFile(file).onLine(line(code, "// boolean"));
        assertThat(c).hadErrorContaining("Component Settings.timeout is an Optional, which is empty when its key is not"
                + " set; remove @ConfigDefault, or make the component a java.time.Duration.")
                .inFile(file).onLine(line(code, "// optional"));
        assertThat(c).hadErrorCount(4);
    }
}
