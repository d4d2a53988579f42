package dev.aerie.runtime.http;

import dev.aerie.api.http.HttpException;
import java.util.Optional;

/**
 * Turns exceptions that are not {@link HttpException}s into problem responses. Implementations
 * are found with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/dev.aerie.runtime.http.ProblemMapper}) and asked in class-name order;
 * the first answer wins. Exceptions nobody maps are a 500 whose details are only logged.
 */
public interface ProblemMapper {
    /** The problem {@code failure} stands for, or empty when this mapper does not know it. */
    Optional<HttpException> map(Throwable failure);
}
