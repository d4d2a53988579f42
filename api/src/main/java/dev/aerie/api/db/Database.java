package dev.aerie.api.db;

import java.util.Optional;

/**
 * An application's database, as the container binds it when the application has {@code @Entity}
 * classes (or something injects it): its tables, its DDL, and sessions of its own outside any
 * request. Inside a request, inject {@link Session} instead. Nothing connects until first use.
 */
public interface Database extends AutoCloseable {

    /** {@code h2}, {@code postgresql} or {@code mariadb}: the dialect of the configured {@code db.url}. */
    String dialect();

    /** {@code jdbc} or {@code vertx}: which backend runs this database's sessions ({@code db.driver}). */
    String driver();

    /** Creates every table and index of the application that does not exist yet, in foreign-key order. */
    void createAll();

    /** Drops every table of the application that exists, referencing tables first. */
    void dropAll();

    /**
     * The CREATE script the processor wrote for {@code dialect} ({@code h2}, {@code postgresql},
     * {@code mariadb} or {@code mysql}); empty when the application has none for it.
     */
    Optional<String> script(String dialect);

    /** The CREATE script for the configured dialect; fails, saying why, when there is none. */
    String ddl();

    /** Runs {@code work} in a session of its own: committed when it returns, rolled back if it throws, then closed. */
    <R, X extends Exception> R withSession(SessionWork<R, X> work) throws X;

    /** Closes the connection pool. Sessions still open fail on their next use. */
    @Override
    void close();

    /** Work for {@link #withSession}; checked exceptions pass through. */
    @FunctionalInterface
    interface SessionWork<R, X extends Exception> {
        R run(Session session) throws X;
    }
}
