package dev.aerie.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The built-in codecs. Used by generated code, and usable by hand.
 *
 * <p>Rules common to all of them: JSON {@code null} reads as Java null (Optional: empty) and
 * Java null writes as {@code null}; nothing is coerced (a number is never read from a string,
 * {@code 1.5} is not an int, {@code "true"} is not a boolean); strings holding NUL are refused.
 */
public final class JsonCodecs {
    private JsonCodecs() {}

    /** A JSON string. */
    public static final JsonCodec<String> STRING = new ScalarCodecs.StringCodec();
    /** A JSON integer within int range; boxes; null allowed. */
    public static final JsonCodec<Integer> INTEGER = new ScalarCodecs.IntegerCodec();
    /** A JSON integer within long range. */
    public static final JsonCodec<Long> LONG = new ScalarCodecs.LongCodec();
    /** A JSON integer within short range. */
    public static final JsonCodec<Short> SHORT = new ScalarCodecs.ShortCodec();
    /** A JSON integer within byte range. */
    public static final JsonCodec<Byte> BYTE = new ScalarCodecs.ByteCodec();
    /** Any JSON number; also "NaN", "Infinity", "-Infinity", which is how they are written. */
    public static final JsonCodec<Double> DOUBLE = new ScalarCodecs.DoubleCodec();
    /** As {@link #DOUBLE}, within float range. */
    public static final JsonCodec<Float> FLOAT = new ScalarCodecs.FloatCodec();
    /** {@code true} or {@code false}. */
    public static final JsonCodec<Boolean> BOOLEAN = new ScalarCodecs.BooleanCodec();
    /** Any JSON number, exactly. */
    public static final JsonCodec<BigDecimal> BIG_DECIMAL = new ScalarCodecs.BigDecimalCodec();
    /** Any JSON integer, exactly. */
    public static final JsonCodec<BigInteger> BIG_INTEGER = new ScalarCodecs.BigIntegerCodec();
    /** A base64 string (standard alphabet, padded, as jackson writes it). */
    public static final JsonCodec<byte[]> BYTES = new ScalarCodecs.BytesCodec();

    /** A UUID string in its canonical 36-character form. */
    public static final JsonCodec<UUID> UUID = new TextCodec<>(
            "a UUID string (123e4567-e89b-12d3-a456-426614174000)", JsonCodecs::parseUuid, java.util.UUID::toString);
    /** An ISO-8601 date: {@code 2024-01-31}. */
    public static final JsonCodec<LocalDate> LOCAL_DATE = new TextCodec<>(
            "an ISO-8601 date string (2024-01-31)", LocalDate::parse, DateTimeFormatter.ISO_LOCAL_DATE::format);
    /** An ISO-8601 date and time without offset: {@code 2024-01-31T13:45:00}. */
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = new TextCodec<>(
            "an ISO-8601 local date-time string (2024-01-31T13:45:00)", LocalDateTime::parse,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME::format);
    /**
     * An ISO-8601 instant, read with any offset; written in UTC with at least milliseconds
     * ({@code 2024-01-31T13:45:00.000Z}, {@code 2024-01-31T13:45:00.123456Z}), as JavaScript's
     * {@code toISOString} does, so that whole seconds do not lose the fraction clients expect.
     */
    public static final JsonCodec<Instant> INSTANT = new TextCodec<>(
            "an ISO-8601 instant string (2024-01-31T13:45:00Z)", Instant::parse, JsonCodecs::instant);
    /** An ISO-8601 date and time with offset: {@code 2024-01-31T13:45:00+01:00}. */
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = new TextCodec<>(
            "an ISO-8601 date-time string with offset (2024-01-31T13:45:00+01:00)", OffsetDateTime::parse,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);

    /** {@link Instant#toString()}, which leaves out a zero fraction, with {@code .000} then. */
    private static String instant(Instant instant) {
        String text = instant.toString();
        return instant.getNano() == 0 ? text.substring(0, text.length() - 1) + ".000Z" : text;
    }

    /**
     * Used by generated code: an enum as its constants' names. {@code values} is
     * {@code E.values()}; {@code type} only names the enum in messages.
     */
    public static <E extends Enum<E>> JsonCodec<E> enumOf(Class<E> type, E[] values) {
        return new EnumCodec<>(type, values);
    }

    /** Used by generated code: a JSON array as an unmodifiable list without null elements. */
    public static <T> JsonCodec<List<T>> listOf(JsonCodec<T> elements) {
        return new ContainerCodecs.ListCodec<>(elements);
    }

    /** Used by generated code: a JSON array as an unmodifiable insertion-ordered set without nulls. */
    public static <T> JsonCodec<Set<T>> setOf(JsonCodec<T> elements) {
        return new ContainerCodecs.SetCodec<>(elements);
    }

    /** Used by generated code: a JSON object as an unmodifiable ordered map without null values. */
    public static <V> JsonCodec<Map<String, V>> mapOf(JsonCodec<V> values) {
        return new ContainerCodecs.MapCodec<>(values);
    }

    /** Used by generated code: absent or null is empty, and empty is written as {@code null}. */
    public static <T> JsonCodec<Optional<T>> optionalOf(JsonCodec<T> value) {
        return new ContainerCodecs.OptionalCodec<>(value);
    }

    // UUID.fromString accepts "1-2-3-4-5"; only the canonical form is a UUID on the wire.
    private static UUID parseUuid(String text) {
        if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-'
                || text.charAt(18) != '-' || text.charAt(23) != '-') {
            throw new IllegalArgumentException(text);
        }
        return java.util.UUID.fromString(text);
    }
}
