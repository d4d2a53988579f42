package dev.aerie.runtime.internal.orm;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.db.Dialect;
import java.util.Optional;

/**
 * The {@code db.migrate} and {@code db.migration.location} settings. Names no Flyway class, so the
 * server and the commands can ask whether to migrate without flyway-core on the class path.
 * For Aerie's own modules (the launcher, aerie-test); not an API.
 *
 * @param location where the scripts are; {@code {dialect}} stands for {@code h2}, {@code postgresql} or {@code mariadb}
 * @param migrate  {@code db.migrate} as configured; empty means the default ({@link #migrateAtStart})
 * @param embedded whether the database is H2 in this process: {@code db.url} unset (the file under
 *                 {@code ./data/}) or a {@code jdbc:h2:} URL that is not a server's ({@code tcp:}, {@code ssl:})
 */
public record MigrationSettings(String location, Optional<Boolean> migrate, boolean embedded) {
    public static final String DEFAULT_LOCATION = "classpath:db/migration/{dialect}";

    public static MigrationSettings from(AerieConfig config) {
        String location = config.get("db.migration.location").filter(l -> !l.isBlank()).orElse(DEFAULT_LOCATION);
        Optional<Boolean> migrate = config.get("db.migrate").filter(v -> !v.isBlank()).map(v -> config.getBoolean("db.migrate", false));
        boolean embedded = config.get("db.url").filter(url -> !url.isBlank()).map(MigrationSettings::embeddedH2).orElse(true);
        return new MigrationSettings(location, migrate, embedded);
    }

    private static boolean embeddedH2(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    /** The location for {@code dialect}. */
    public String location(Dialect dialect) {
        return location.replace("{dialect}", dialect.id());
    }

    /**
     * Whether {@code loader} sees the scripts of {@code dialect} (a {@code filesystem:} location
     * counts as present: Flyway itself fails when it is not).
     */
    public boolean present(Dialect dialect, ClassLoader loader) {
        String resolved = location(dialect);
        return !resolved.startsWith("classpath:") || loader.getResource(resolved.substring("classpath:".length())) != null;
    }

    /**
     * Whether to apply pending scripts at start, before any request passes: {@code db.migrate} when set;
     * otherwise yes for the embedded H2 with scripts (development), no for a database server
     * (production runs {@code app db migrate} as a deploy step).
     */
    public boolean migrateAtStart(Dialect dialect, ClassLoader loader) {
        return migrate.orElseGet(() -> embedded && present(dialect, loader));
    }

    /** The migrations of {@code database}; fails naming the dependency when Flyway or its module for the dialect is missing. */
    public Migrations open(ApplicationDatabase database, ClassLoader loader) {
        FlywayModules.require(database.sqlDialect(), loader);
        return Migrations.create(database, location(database.sqlDialect()), loader);
    }
}
