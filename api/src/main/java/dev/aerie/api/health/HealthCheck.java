package dev.aerie.api.health;

/**
 * One readiness check of {@code GET /health/ready}. Any singleton injectable of the application
 * that implements this interface is asked, in module order, next to the built-in database check.
 * The instance is ready when no check answers {@link Status#DOWN}.
 *
 * <p>{@link #check} runs on each readiness probe: answer from what is known or from one cheap
 * call with a short timeout of your own. A check that throws, or takes longer than
 * {@code health.timeout}, counts as {@code DOWN}.
 */
public interface HealthCheck {

    /** The name shown in the readiness body, such as {@code "search-index"}. */
    String name();

    /** How the thing checked is right now. */
    Status check();

    /** The answer of one check. */
    enum Status {
        /** Works. */
        UP,
        /** Works but is saturated (a full pool, a long queue): the instance stays ready, the body says so. */
        BUSY,
        /** Does not work: the instance is not ready (503) until it does. */
        DOWN
    }
}
