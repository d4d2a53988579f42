package dev.aerie.cli;

/** A request the CLI refuses or cannot carry out; its message says what and how to fix it. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
