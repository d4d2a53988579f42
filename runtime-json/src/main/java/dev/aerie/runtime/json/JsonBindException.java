package dev.aerie.runtime.json;

/**
 * JSON that cannot be bound to the expected type: malformed, a wrong type, a missing, duplicate
 * or out-of-range value, or a document over a {@link JsonLimits} limit. It describes the client's
 * mistake, so its parts are safe to show in a 400 response.
 */
public final class JsonBindException extends RuntimeException {
    private final String problem;
    private final String path;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, for a person, without location (for example
     *     {@code expected a string but got a number})
     * @param path where, as a JSONPath such as {@code $.author.name} or {@code $[3].title}
     * @param line 1-based line of the input, or -1 when unknown
     * @param column 1-based column of the input, or -1 when unknown
     */
    public JsonBindException(String problem, String path, int line, int column) {
        this(problem, path, line, column, null);
    }

    JsonBindException(String problem, String path, int line, int column, Throwable cause) {
        // Bad input is routine and its stack trace says nothing about it: skip filling it in.
        super(message(problem, path, line, column), cause, false, false);
        this.problem = problem;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    private static String message(String problem, String path, int line, int column) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return path + ": " + problem + where;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** Where in the document, as a JSONPath: {@code $}, {@code $.author.name}, {@code $[3].title}. */
    public String path() {
        return path;
    }

    /** The 1-based line of the input where the problem was found, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the input where the problem was found, or -1 when unknown. */
    public int column() {
        return column;
    }
}
