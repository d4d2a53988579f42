package dev.aerie.runtime.internal.orm;

import dev.aerie.runtime.config.AerieConfig;
import java.lang.System.Logger.Level;

/**
 * {@code db.migrate}: applies the pending scripts at start, before any request passes (the
 * server's StartGate holds them meanwhile), so no request meets an old schema; a script that
 * fails stops the start. With several instances starting at once,
 * Flyway's lock lets one apply them while the others wait, then find nothing pending.
 * For the runtime's HTTP server and aerie-test; not an API.
 */
public final class StartupMigration {
    private static final System.Logger LOG = System.getLogger(StartupMigration.class.getName());

    private StartupMigration() {}

    /** Migrates {@code database} when {@link MigrationSettings#migrateAtStart} says so; returns whether it did. */
    public static boolean run(ApplicationDatabase database, AerieConfig config, ClassLoader loader) {
        MigrationSettings settings = MigrationSettings.from(config);
        if (!settings.migrateAtStart(database.sqlDialect(), loader)) {
            return false;
        }
        apply(database, settings, loader);
        return true;
    }

    /** Applies the pending scripts now, whatever {@code db.migrate} says. */
    public static void apply(ApplicationDatabase database, MigrationSettings settings, ClassLoader loader) {
        Migrations migrations = settings.open(database, loader);
        Migrations.Applied applied;
        try {
            applied = migrations.migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("db.migrate: the migrations in " + migrations.location() + " could not be applied: "
                    + e.getMessage() + " -- fix the script (a failed one is listed by 'app db status'), or start with "
                    + "db.migrate=false and apply them with 'app db migrate'", e);
        }
        LOG.log(Level.INFO, applied.scripts().isEmpty()
                ? "Migrations: the database is up to date (version " + applied.version().orElse("none") + ")."
                : "Migrations: applied " + String.join(", ", applied.scripts()) + " from " + migrations.location() + ".");
    }
}
