package dev.aerie.runtime.internal.config;

import dev.aerie.runtime.config.AerieConfig;
import io.helidon.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the readers generated for {@code @ConfigProperties} records call: required values that
 * fail naming the key, the component and the environment variable when unset, and optional ones.
 */
public final class ConfigValues {
    private ConfigValues() {}

    /** The string at {@code key}; {@code component} ({@code Record.name}) is named when it is unset. */
    public static String string(AerieConfig config, String key, String component) {
        return config.get(key).orElseThrow(() -> missing(key, component));
    }

    public static int integer(AerieConfig config, String key, String component) {
        require(config, key, component);
        return config.getInt(key, 0);
    }

    public static long longInteger(AerieConfig config, String key, String component) {
        require(config, key, component);
        return config.getLong(key, 0);
    }

    public static boolean bool(AerieConfig config, String key, String component) {
        require(config, key, component);
        return config.getBoolean(key, false);
    }

    public static Duration duration(AerieConfig config, String key, String component) {
        require(config, key, component);
        return config.getDuration(key, Duration.ZERO);
    }

    /** The list at {@code key}; a required list is non-empty. */
    public static List<String> list(AerieConfig config, String key, String component) {
        List<String> items = config.getList(key);
        if (items.isEmpty()) {
            throw missing(key, component);
        }
        return items;
    }

    /** The list at {@code key}, or {@code defaultValue} when it is unset. */
    public static List<String> list(AerieConfig config, String key, List<String> defaultValue) {
        List<String> items = config.getList(key);
        return items.isEmpty() ? defaultValue : items;
    }

    public static Optional<Integer> optionalInteger(AerieConfig config, String key) {
        return config.get(key).map(value -> config.getInt(key, 0));
    }

    public static Optional<Long> optionalLong(AerieConfig config, String key) {
        return config.get(key).map(value -> config.getLong(key, 0));
    }

    public static Optional<Boolean> optionalBoolean(AerieConfig config, String key) {
        return config.get(key).map(value -> config.getBoolean(key, false));
    }

    public static Optional<Duration> optionalDuration(AerieConfig config, String key) {
        return config.get(key).map(value -> config.getDuration(key, Duration.ZERO));
    }

    private static void require(AerieConfig config, String key, String component) {
        if (config.get(key).isEmpty()) {
            throw missing(key, component);
        }
    }

    private static ConfigException missing(String key, String component) {
        return new ConfigException("Configuration key '" + key + "' is not set, and " + component + " needs it. Set it in"
                + " application.yaml or the environment variable "
                + key.toUpperCase(Locale.ROOT).replace("-", "_DASH_").replace('.', '_')
                + ", or make the component an Optional or give it a @ConfigDefault.");
    }
}
