package dev.aerie.api.http;

import java.util.Optional;

/**
 * The request body could not be read as the JSON the route takes: malformed JSON, a wrong type,
 * an unknown enum value, a missing required property, the literal {@code null}. A 400 unless a
 * {@link Catches} handler answers it otherwise.
 */
public class MalformedBody extends BadRequestException {
    private final String path;
    private final String problem;

    /**
     * @param detail  the whole message
     * @param path    the JSON path where it went wrong, such as {@code $.tags[1]}; empty when unknown
     * @param problem what is wrong there
     */
    public MalformedBody(String detail, String path, String problem, Throwable cause) {
        super(detail, cause);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path where reading failed, such as {@code $.tags[1]}; empty when unknown. */
    public Optional<String> path() {
        return path == null || path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
