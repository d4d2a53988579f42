package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Reads whole JSON documents with a {@link JsonCodec} under {@link JsonLimits}, and writes them.
 * Create one per application and share it; it is thread-safe.
 *
 * <p>Reading accepts exactly one JSON value (whitespace around it is fine) and turns every
 * problem with the input into a {@link JsonBindException}; nothing else escapes for bad input.
 */
public final class Json {
    private final JsonFactory factory;
    private final JsonLimits limits;

    private Json(JsonLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                // names come from clients: interning them would let a client fill the JVM's string table
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // write(OutputStream) leaves closing the caller's stream to the caller
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // requests run on virtual threads: a thread-local buffer pool (jackson's default) would
                // not reuse buffers across them, and jackson's shared pools cost more (see SlotRecyclerPool)
                .recyclerPool(new SlotRecyclerPool())
                .build();
    }

    /** A reader and writer with {@link JsonLimits#DEFAULT}. */
    public static Json create() {
        return new Json(JsonLimits.DEFAULT);
    }

    /** A reader and writer with the given limits. */
    public static Json create(JsonLimits limits) {
        return new Json(limits);
    }

    /** The limits reading enforces. */
    public JsonLimits limits() {
        return limits;
    }

    /** Reads the one JSON value in {@code json} (UTF-8, or UTF-16/32 with a byte order mark). */
    public <T> T read(byte[] json, JsonCodec<T> codec) {
        try {
            return read(factory.createParser(json), codec);
        } catch (IOException e) {
            // a byte array cannot fail to be read: whatever jackson said is about the content
            throw new JsonBindException("the body is not valid JSON: " + Texts.plain(String.valueOf(e.getMessage())),
                    "$", -1, -1, e);
        }
    }

    /**
     * Reads the one JSON value in {@code json}, which is not closed. An IOException means the
     * stream itself failed; problems with the content are {@link JsonBindException}s.
     */
    public <T> T read(InputStream json, JsonCodec<T> codec) throws IOException {
        return read(factory.createParser(json), codec);
    }

    private <T> T read(JsonParser in, JsonCodec<T> codec) throws IOException {
        try (in) {
            if (in.nextToken() == null) {
                throw new JsonBindException("expected a JSON value but the input is empty", "$", 1, 1);
            }
            T value = codec.read(in);
            if (in.nextToken() != null) {
                throw JsonReads.error(in, "unexpected " + JsonReads.describe(in.currentToken())
                        + " after the end of the JSON value");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw fromJackson(in, e, limitProblem(e));
        } catch (StreamReadException e) {
            throw fromJackson(in, e, cleaned(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            throw new JsonBindException("the body is not valid text: " + Texts.plain(String.valueOf(e.getMessage())),
                    "$", -1, -1, e);
        }
    }

    /** {@code value} as UTF-8 JSON. */
    public <T> byte[] write(JsonCodec<T> codec, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try {
            write(bytes, codec, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code value} as UTF-8 JSON to {@code out}, which is flushed but not closed. */
    public <T> void write(OutputStream out, JsonCodec<T> codec, T value) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            codec.write(generator, value);
        }
    }

    private static JsonBindException fromJackson(JsonParser in, JsonProcessingException e, String problem) {
        String path = JsonPath.of(in.getParsingContext());
        JsonLocation at = e.getLocation() != null ? e.getLocation() : in.currentLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new JsonBindException(problem, path, line, column, e);
    }

    private String limitProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the JSON nests arrays and objects deeper than " + limits.maxNestingDepth() + " levels";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than " + limits.maxStringLength() + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than " + limits.maxNameLength() + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "a number is longer than " + limits.maxNumberLength() + " characters";
        }
        return "the JSON exceeds a limit: " + cleaned(message);
    }

    // jackson's messages may embed a source description such as "[Source: REDACTED ...; line: 1, column: 2]"
    private static String cleaned(String message) {
        String text = String.valueOf(message).replaceAll("\\[Source: [^;\\]]*; ", "[");
        return Texts.plain(text.replace('\n', ' '));
    }
}
