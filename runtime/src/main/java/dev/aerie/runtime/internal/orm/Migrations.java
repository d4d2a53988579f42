package dev.aerie.runtime.internal.orm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * An application's Flyway migrations: the versioned scripts under {@code db/migration/<dialect>/}
 * on the class path ({@code V1__init.sql}, {@code V2__add_isbn.sql} ...), applied through the
 * application's own connection pool. Only this class (and what calls it) names Flyway, so an
 * application without migrations does not need flyway-core.
 * For Aerie's own modules (the launcher, aerie-test); not an API.
 */
public final class Migrations {
    private final ApplicationDatabase database;
    private final String location;
    private final ClassLoader loader;

    private Migrations(ApplicationDatabase database, String location, ClassLoader loader) {
        this.database = database;
        this.location = location;
        this.loader = loader;
    }

    /** Opened by {@link MigrationSettings#open}, which first checks that Flyway is on the class path. */
    static Migrations create(ApplicationDatabase database, String location, ClassLoader loader) {
        return new Migrations(database, location, loader);
    }

    /** The location the scripts are read from, {@code {dialect}} replaced. */
    public String location() {
        return location;
    }

    /** Applies every pending script, each in its own transaction; Flyway's lock makes concurrent callers wait. */
    public Applied migrate() {
        return migrate(Optional.empty());
    }

    /** Applies pending scripts up to and including version {@code target}, when given. */
    public Applied migrate(Optional<String> target) {
        FluentConfiguration configuration = configuration();
        target.ifPresent(configuration::target);
        MigrateResult result = configuration.load().migrate();
        List<String> scripts = result.migrations.stream().map(m -> "V" + m.version + " " + m.description).toList();
        // Flyway leaves the target empty when nothing was applied: the database stayed where it was
        return new Applied(scripts, Optional.ofNullable(result.targetSchemaVersion)
                .or(() -> Optional.ofNullable(result.initialSchemaVersion)));
    }

    /** Every script Flyway knows, applied or not, in version order. */
    public List<Script> status() {
        List<Script> scripts = new ArrayList<>();
        for (MigrationInfo info : flyway().info().all()) {
            scripts.add(new Script(info.getVersion() == null ? "" : info.getVersion().getVersion(), info.getDescription(),
                    info.getState().getDisplayName(), info.isApplied(),
                    Optional.ofNullable(info.getInstalledOn()).map(java.util.Date::toInstant)));
        }
        return List.copyOf(scripts);
    }

    /** The scripts not applied yet. */
    public List<Script> pending() {
        return status().stream().filter(script -> !script.applied()).toList();
    }

    /**
     * Marks an existing database (tables made by {@code db create} or by hand) as being at
     * {@code version}: Flyway applies only the scripts after it.
     */
    public String baseline(String version) {
        configuration().baselineVersion(version).baselineDescription("Aerie baseline").load().baseline();
        return version;
    }

    private Flyway flyway() {
        return configuration().load();
    }

    private FluentConfiguration configuration() {
        return Flyway.configure(loader)
                .dataSource(database.jdbcDataSource())
                .locations(location)
                // a location that does not exist is a mistake in the configuration, not "nothing to do"
                .failOnMissingLocations(true)
                // the first connection of a cold JVM (H2's engine loading its classes, no AOT cache) can take longer
                // than db.pool.connection-timeout on a busy machine, more so while the listener starts beside it
                .connectRetries(3)
                .loggers("slf4j");
    }

    /** The result of {@link #migrate}: the scripts applied now, and the version the database is at. */
    public record Applied(List<String> scripts, Optional<String> version) {
        public Applied {
            scripts = List.copyOf(scripts);
        }
    }

    /** One script as Flyway sees it: version, description, state, and when it was applied. */
    public record Script(String version, String description, String state, boolean applied, Optional<Instant> installedOn) {}
}
