package dev.aerie.runtime.internal.orm.diff;

/** A migration script {@code db diff} cannot read, naming the script and line. For the db commands and aerie-test; not an API. */
public final class MigrationScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MigrationScriptException(String message) {
        super(message);
    }
}
