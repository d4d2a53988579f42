package dev.aerie.runtime.internal.db;

/**
 * Connection counts of the pool at one moment; all zero before the pool has started.
 *
 * @param active  connections lent to sessions
 * @param idle    connections waiting in the pool
 * @param total   active plus idle
 * @param waiting threads waiting for a connection
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public record PoolStats(int active, int idle, int total, int waiting) {}
