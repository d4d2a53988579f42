package dev.aerie.runtime.internal.db;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Entities of the behavioural suite. Not annotated: their tables are hand-written in the generated shape. */
final class TestEntities {
    private TestEntities() {}

    enum Genre { NOVEL, POETRY, ESSAY }

    record Author(Long id, String name) {}

    /** {@code isbn} and {@code genre} are nullable; {@code isbn} is unique; {@code authorId} references Author. */
    record Book(Long id, String title, long authorId, int year, String isbn, Genre genre) {}

    /** Every supported column type; the id is assigned by the application. */
    record Sample(UUID id, String text, int intValue, long longValue, short shortValue, boolean flag, double doubleValue,
                  float floatValue, BigDecimal amount, Genre genre, LocalDate day, LocalDateTime localTime,
                  Instant instant, OffsetDateTime offsetTime, byte[] data, Integer maybe) {}

    /** A projection of books. */
    record TitleYear(String title, int year) {}
}
