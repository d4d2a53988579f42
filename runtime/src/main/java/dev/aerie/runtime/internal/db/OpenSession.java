package dev.aerie.runtime.internal.db;

import dev.aerie.api.db.Session;

/** A session the caller owns: {@link #close()} rolls back what was not committed and returns the connection. For Aerie's own modules (the launcher, aerie-test, generated code); not an API. */
public interface OpenSession extends Session, AutoCloseable {
    @Override
    void close();
}
