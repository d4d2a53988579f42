package dev.aerie.runtime.internal.db;

import io.helidon.config.Config;
import java.util.Locale;
import java.util.Optional;

/** Reads single values under the {@code db} node, failing with a message that names the {@code db.} key. For the backends; not an API. */
public final class DbConfigValues {
    private DbConfigValues() {}

    public static Optional<String> text(Config node, String key) {
        Config value = node.get(key);
        return value.exists() && value.isLeaf() ? value.asString().asOptional() : Optional.empty();
    }

    public static int number(Config node, String key, int fallback) {
        return text(node, key).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("db." + key + " must be a whole number, got '" + value + "'");
            }
        }).orElse(fallback);
    }

    public static boolean flag(Config node, String key, boolean fallback) {
        return text(node, key).map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("db." + key + " must be true or false, got '" + value + "'");
        }).orElse(fallback);
    }
}
