package dev.aerie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the application generated for {@link #value()} once per test class, serving HTTP on a
 * free loopback port, and injects into constructors, lifecycle and test methods:
 * <ul>
 *   <li>{@link AerieClient}: an HTTP client bound to the application's base URI;</li>
 *   <li>{@link java.net.URI}: the base URI, such as {@code http://127.0.0.1:40123};</li>
 *   <li>{@link dev.aerie.api.Container}: the application's container;</li>
 *   <li>any type the root module can see: services, the generated {@code OrmProvider}, the
 *       {@code Database}, the request-bound {@code Session}.</li>
 * </ul>
 * Unless {@link #config()} sets {@code db.url}, the application gets the database named by the
 * system property {@code aerie.test.db.url}, or else an in-memory H2 database of its own, and
 * sessions wait up to 30s for a connection ({@code db.pool.connection-timeout}) unless
 * {@link #config()} says otherwise. The entity tables are created when the application starts (the generated DDL says
 * {@code IF NOT EXISTS}). See {@code docs/testing.md}.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AerieExtension.class)
public @interface AerieTest {

    /** The root {@code @Module} whose generated application is started. */
    Class<?> value();

    /**
     * Configuration for the application, {@code key=value} each, such as
     * {@code "db.url=jdbc:postgresql://127.0.0.1:5432/test?user=postgres"}. They are set as system
     * properties while the class runs, so they win over application.yaml and the environment.
     */
    String[] config() default {};

    /** Create the entity tables (if they do not exist) after the application started. Default true. */
    boolean createTables() default true;

    /**
     * Delete every row of every entity table before each test (children first), so tests never
     * see each other's data, including what they wrote through HTTP. Default true.
     */
    boolean cleanTables() default true;

    /**
     * Run each test method inside a request scope whose database session is a forceRollback one:
     * whatever the test's thread writes through an injected {@code Session}, a service or
     * {@code Database.withSession} is undone when the test ends, even if that code calls
     * {@code commit()} or returns from a transaction block (those only move a savepoint).
     * {@code withSession} on the test's thread joins that session, so the test sees its work.
     * Requests sent over HTTP run on the server's threads in their own scopes and commit as usual;
     * {@link #cleanTables()} is what removes their data. Default true.
     */
    boolean rollback() default true;
}
