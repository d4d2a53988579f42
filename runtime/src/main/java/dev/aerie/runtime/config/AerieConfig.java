package dev.aerie.runtime.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The application's configuration, read once at start from, highest priority first:
 * <ol>
 *   <li>command-line arguments {@code --key=value} (given to {@code Aerie.run});</li>
 *   <li>Java system properties ({@code -Dserver.port=8081});</li>
 *   <li>environment variables: {@code SERVER_PORT} sets {@code server.port}, {@code _dash_}
 *       stands for {@code -} ({@code SERVER_MAX_DASH_PAYLOAD_DASH_SIZE} sets
 *       {@code server.max-payload-size});</li>
 *   <li>{@code ./application-{profile}.yaml} in the working directory, for each active profile;</li>
 *   <li>{@code ./application.yaml} in the working directory, if present;</li>
 *   <li>{@code application-{profile}.yaml} on the classpath, for each active profile;</li>
 *   <li>{@code application.yaml} on the classpath, if present.</li>
 * </ol>
 * The active profiles are named by {@code aerie.profile} ({@code --aerie.profile=dev}, a system
 * property, or the environment variable {@code AERIE_PROFILE}), comma-separated; a later profile
 * wins over an earlier one.
 * Keys are dotted paths into the YAML tree ({@code server.port}); list items are numbered
 * ({@code servers.0.host}). Missing keys read as empty; malformed values fail naming the key.
 */
public final class AerieConfig {
    private final Config config;

    private AerieConfig(Config config) {
        this.config = config;
    }

    /** The configuration of the application whose container this thread is creating (see {@link #whileStarting}). */
    private static final ThreadLocal<Optional<AerieConfig>> STARTING = ThreadLocal.withInitial(Optional::empty);

    /**
     * Loads the configuration from the usual sources. While the launcher creates the container
     * ({@link #whileStarting}), that includes the command line's {@code --key=value} overrides, so
     * what is configured at start (the database pool) sees them as the HTTP server does; and it
     * is the configuration the launcher already read, not read again (building a configuration
     * parses the YAML files and looks up Helidon's config services: tens of milliseconds at start).
     */
    public static AerieConfig load() {
        return STARTING.get().orElseGet(() -> load(List.of()));
    }

    /**
     * Runs {@code start}, which creates an application's container, so that {@link #load()} on
     * this thread meanwhile sees the {@code --key=value} entries of {@code args}. Used by the
     * launcher: components created when the container starts read their configuration then.
     */
    public static <T> T whileStarting(List<String> args, java.util.function.Supplier<T> start) {
        return whileStarting(load(args), start);
    }

    /**
     * Runs {@code start}, which creates an application's container, so that {@link #load()} on
     * this thread meanwhile answers {@code config} (read by the launcher from the command line
     * and the usual sources).
     */
    public static <T> T whileStarting(AerieConfig config, java.util.function.Supplier<T> start) {
        Optional<AerieConfig> previous = STARTING.get();
        STARTING.set(Optional.of(config));
        try {
            return start.get();
        } finally {
            STARTING.set(previous);
        }
    }

    /**
     * Loads the configuration from the usual sources; {@code --key=value} entries of
     * {@code args} override everything, other entries are ignored.
     */
    public static AerieConfig load(List<String> args) {
        return load(arguments(args), System.getProperties(), System.getenv(), Path.of("application.yaml"),
                Thread.currentThread().getContextClassLoader(), "application.yaml");
    }

    /** A configuration of exactly these values (tests, tools). */
    public static AerieConfig of(Map<String, String> values) {
        return new AerieConfig(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableParserServices()
                .sources(ConfigSources.create(Map.copyOf(values)))
                .build());
    }

    static AerieConfig load(Map<String, String> overrides, Properties systemProperties, Map<String, String> environment,
                            Path workingDirectoryFile, ClassLoader classLoader, String classpathResource) {
        Map<String, String> system = new LinkedHashMap<>();
        systemProperties.stringPropertyNames().forEach(name -> system.put(name, systemProperties.getProperty(name)));
        List<java.util.function.Supplier<? extends io.helidon.config.spi.ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.create(overrides, "command line"));
        sources.add(ConfigSources.create(system, "system properties"));
        sources.add(ConfigSources.create(EnvironmentVariables.expand(environment), "environment variables"));
        List<String> profiles = profiles(overrides, system, environment);
        for (String profile : profiles.reversed()) {
            Path file = workingDirectoryFile.resolveSibling(profiled(workingDirectoryFile.getFileName().toString(), profile));
            sources.add(ConfigSources.create(YamlFiles.fromFile(file), file.toString()));
        }
        sources.add(ConfigSources.create(YamlFiles.fromFile(workingDirectoryFile), workingDirectoryFile.toString()));
        for (String profile : profiles.reversed()) {
            String resource = profiled(classpathResource, profile);
            sources.add(ConfigSources.create(YamlFiles.fromClasspath(classLoader, resource), "classpath:" + resource));
        }
        sources.add(ConfigSources.create(YamlFiles.fromClasspath(classLoader, classpathResource),
                "classpath:" + classpathResource));
        return new AerieConfig(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableParserServices()
                .sources(sources)
                .build());
    }

    /**
     * The active profiles: {@code aerie.profile} from the command line, else the system
     * property, else the environment variable {@code AERIE_PROFILE}; comma-separated, in order.
     */
    static List<String> profiles(Map<String, String> overrides, Map<String, String> system, Map<String, String> environment) {
        String named = Optional.ofNullable(overrides.get("aerie.profile"))
                .or(() -> Optional.ofNullable(system.get("aerie.profile")))
                .or(() -> Optional.ofNullable(environment.get("AERIE_PROFILE")))
                .orElse("");
        List<String> profiles = new ArrayList<>();
        for (String profile : named.split(",")) {
            String name = profile.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.matches("[A-Za-z0-9_-]+")) {
                throw new ConfigException("Profile '" + name + "' (from aerie.profile or AERIE_PROFILE) must be letters,"
                        + " digits, '-' or '_': it names the file application-" + name + ".yaml.");
            }
            profiles.add(name);
        }
        return List.copyOf(profiles);
    }

    /** {@code application.yaml} with profile {@code dev}: {@code application-dev.yaml}. */
    private static String profiled(String file, String profile) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file + "-" + profile : file.substring(0, dot) + "-" + profile + file.substring(dot);
    }

    private static Map<String, String> arguments(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return values;
    }

    /** The value at {@code key}, if set. */
    public Optional<String> get(String key) {
        return config.get(key).asString().asOptional();
    }

    /** The value at {@code key}, or {@code defaultValue}. */
    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The integer at {@code key}, or {@code defaultValue}; fails naming the key when it is not an integer. */
    public int getInt(String key, int defaultValue) {
        return get(key).map(value -> parse(key, value, "an integer", Integer::parseInt)).orElse(defaultValue);
    }

    /** The long at {@code key}, or {@code defaultValue}; fails naming the key when it is not an integer. */
    public long getLong(String key, long defaultValue) {
        return get(key).map(value -> parse(key, value, "an integer", Long::parseLong)).orElse(defaultValue);
    }

    /** The boolean ({@code true}/{@code false}) at {@code key}, or {@code defaultValue}. */
    public boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(value -> parse(key, value, "true or false", AerieConfig::parseBoolean)).orElse(defaultValue);
    }

    /**
     * The duration at {@code key}, or {@code defaultValue}: ISO-8601 ({@code PT5S}) or a number
     * with a unit ({@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}).
     */
    public Duration getDuration(String key, Duration defaultValue) {
        return get(key).map(value -> parse(key, value, "a duration such as 5s, 500ms or PT5S", AerieConfig::parseDuration))
                .orElse(defaultValue);
    }

    /**
     * The list at {@code key}: a YAML list ({@code key.0}, {@code key.1}, ...) or one value of
     * comma-separated items (what an environment variable or {@code --key=a,b} can give); items
     * are trimmed and empty ones dropped. Empty when the key is not set.
     */
    public List<String> getList(String key) {
        List<String> items = new ArrayList<>();
        Optional<String> joined = get(key);
        if (joined.isPresent()) {
            for (String item : joined.get().split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return List.copyOf(items);
        }
        for (int i = 0; get(key + "." + i).isPresent(); i++) {
            String item = get(key + "." + i).orElseThrow().trim();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /** The Helidon view of the same configuration, for Helidon components ({@code helidon().get("server")}). */
    public Config helidon() {
        return config;
    }

    private static <T> T parse(String key, String value, String expected, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new ConfigException("Configuration key '" + key + "' must be " + expected + ", but is '" + value
                    + "'. Fix it in application.yaml or the environment variable "
                    + key.toUpperCase(java.util.Locale.ROOT).replace("-", "_DASH_").replace('.', '_') + ".");
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static Duration parseDuration(String value) {
        if (value.startsWith("P") || value.startsWith("p")) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(value, e);
            }
        }
        int unitStart = 0;
        while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
            unitStart++;
        }
        long amount = Long.parseLong(value.substring(0, unitStart));
        return switch (value.substring(unitStart).trim()) {
            case "ms" -> Duration.ofMillis(amount);
            case "s", "" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException(value);
        };
    }
}
