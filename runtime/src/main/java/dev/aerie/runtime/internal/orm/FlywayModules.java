package dev.aerie.runtime.internal.orm;

import dev.aerie.runtime.internal.db.Dialect;

/**
 * Flyway and its database module per dialect, found as class-file resources (nothing is loaded),
 * so that a missing one fails naming the dependency to add rather than with a
 * {@code NoClassDefFoundError} or Flyway's "unsupported database".
 */
final class FlywayModules {
    private FlywayModules() {}

    static void require(Dialect dialect, ClassLoader loader) {
        require(loader, "org/flywaydb/core/Flyway.class", "flyway-core", "migrations need Flyway");
        switch (dialect) {
            case H2 -> { } // in flyway-core
            case POSTGRESQL -> require(loader, "org/flywaydb/database/postgresql/PostgreSQLDatabaseType.class",
                    "flyway-database-postgresql", "migrating PostgreSQL needs Flyway's PostgreSQL module");
            case MARIADB -> require(loader, "org/flywaydb/database/mysql/MySQLDatabaseType.class",
                    "flyway-mysql", "migrating MariaDB/MySQL needs Flyway's MySQL module");
        }
    }

    private static void require(ClassLoader loader, String classFile, String artifact, String because) {
        if (loader.getResource(classFile) == null) {
            throw new IllegalStateException(because + ", and org.flywaydb:" + artifact + " is not on the class path. Add "
                    + "<dependency><groupId>org.flywaydb</groupId><artifactId>" + artifact + "</artifactId></dependency> "
                    + "(version from aerie-bom) to the application's pom.");
        }
    }
}
