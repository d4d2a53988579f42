package dev.aerie.example.books;

import dev.aerie.api.http.BadRequestException;
import java.util.Optional;

/**
 * The query of {@code GET /books}: optional author and year, and a page. A limit above
 * {@link #MAX_LIMIT} is cut to it; a negative limit or offset is the client's mistake.
 */
public record BookFilter(Optional<Long> authorId, Optional<Integer> year, int limit, long offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public BookFilter {
        if (limit < 0) {
            throw new BadRequestException("limit must be 0 or more, got " + limit).member("parameter", "limit");
        }
        if (offset < 0) {
            throw new BadRequestException("offset must be 0 or more, got " + offset).member("parameter", "offset");
        }
        limit = Math.min(limit, MAX_LIMIT);
    }
}
