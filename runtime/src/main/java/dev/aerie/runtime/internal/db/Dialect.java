package dev.aerie.runtime.internal.db;

import java.util.Locale;
import java.util.Optional;

/**
 * The SQL dialects the processor writes DDL and statements for. Used by generated code.
 *
 * <p>Generated SQL quotes every identifier: double quotes for H2 and PostgreSQL, backticks for
 * MariaDB/MySQL. Identifiers are lower case, so unquoted names in hand-written SQL find them too
 * (H2 runs with {@code DATABASE_TO_LOWER=TRUE}, see {@code docs/persistence.md}).
 * For generated code; not an API.
 */
public enum Dialect {
    H2("h2", '"'),
    POSTGRESQL("postgresql", '"'),
    MARIADB("mariadb", '`');

    private final String id;
    private final char quote;

    Dialect(String id, char quote) {
        this.id = id;
        this.quote = quote;
    }

    /** Lower-case name: the DDL resource is {@code META-INF/aerie/schema/<id>.sql}. */
    public String id() {
        return id;
    }

    /** The identifier quoted for this dialect; a quote character inside it is doubled. */
    public String quote(String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** The dialect named {@code h2}, {@code postgresql}, {@code mariadb} (or {@code mysql}), case-insensitive. */
    public static Optional<Dialect> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        if (wanted.equals("mysql")) {
            return Optional.of(MARIADB);
        }
        for (Dialect dialect : values()) {
            if (dialect.id.equals(wanted)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /** The dialect of a JDBC URL ({@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:}). */
    public static Optional<Dialect> ofJdbcUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Optional.of(H2);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Optional.of(POSTGRESQL);
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return Optional.of(MARIADB);
        }
        return Optional.empty();
    }
}
