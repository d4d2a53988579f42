package dev.aerie.runtime.internal.db;

import java.util.Optional;

/**
 * The database clients a configuration needs and the Maven artifact that provides each, so that a
 * driver missing from the class path fails naming the dependency to add, not with "No suitable
 * driver" or a {@code NoClassDefFoundError}. Looks for the driver's class file as a resource, so
 * nothing is loaded. For the backends; not an API.
 */
public final class Drivers {
    /** One client: the class that shows it is there, the artifact that has it, and what to call it. */
    public record Driver(String name, String classFile, String artifact) {}

    static final Driver H2 = new Driver("H2", "org/h2/Driver.class", "com.h2database:h2");
    static final Driver POSTGRESQL = new Driver("PostgreSQL JDBC", "org/postgresql/Driver.class", "org.postgresql:postgresql");
    static final Driver MARIADB = new Driver("MariaDB Connector/J", "org/mariadb/jdbc/Driver.class",
            "org.mariadb.jdbc:mariadb-java-client");
    static final Driver VERTX_PG = new Driver("Vert.x PostgreSQL client", "io/vertx/pgclient/PgConnectOptions.class",
            "io.vertx:vertx-pg-client");

    private Drivers() {}

    /** The JDBC driver {@code url} needs, when Aerie knows its dialect ({@link Dialect#ofJdbcUrl}). */
    public static Optional<Driver> forJdbcUrl(String url) {
        return Dialect.ofJdbcUrl(url).map(dialect -> switch (dialect) {
            case H2 -> H2;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
        });
    }

    /** Fails, naming the artifact to add, when the JDBC driver of {@code url} is not visible to {@code loader}. */
    public static void requireJdbc(String url, ClassLoader loader) {
        Optional<Driver> driver = forJdbcUrl(url);
        if (driver.isPresent()) {
            require(driver.get(), "db.url is " + DatabaseConfig.redact(url), loader);
        }
    }

    /** Fails, naming the artifact to add, when {@code db.driver: vertx} is set and vertx-pg-client is not visible to {@code loader}. */
    public static void requireVertx(ClassLoader loader) {
        require(VERTX_PG, "db.driver is vertx", loader);
    }

    static void require(Driver driver, String because, ClassLoader loader) {
        if (loader.getResource(driver.classFile()) == null) {
            throw new IllegalStateException(missing(driver, because));
        }
    }

    /** The message for a missing driver: what the configuration asks for, what is missing, and the dependency to add. */
    static String missing(Driver driver, String because) {
        String[] coordinates = driver.artifact().split(":");
        return because + ", but the " + driver.name() + " driver is not on the class path. Add the dependency "
                + driver.artifact() + " (<groupId>" + coordinates[0] + "</groupId><artifactId>" + coordinates[1]
                + "</artifactId>, version from aerie-bom) to the application's pom.";
    }
}
