package test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.aerie.runtime.json.JsonCodec;
import dev.aerie.runtime.json.JsonCodecs;
import dev.aerie.runtime.json.JsonReads;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link BookIn} as JSON.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class BookIn_JsonCodec implements JsonCodec<BookIn> {
    /**
     * The one instance; codecs are stateless.
     */
    public static final BookIn_JsonCodec INSTANCE = new BookIn_JsonCodec();

    private static final SerializableString TITLE = new SerializedString("title");

    private static final SerializableString AUTHOR = new SerializedString("author");

    private static final SerializableString YEAR = new SerializedString("year");

    private static final SerializableString ISBN = new SerializedString("isbn");

    private static final SerializableString TAGS = new SerializedString("tags");

    private static final SerializableString CHAPTERS = new SerializedString("chapters");

    private static final SerializableString CONTACT = new SerializedString("contact");

    private static final SerializableString PRICE = new SerializedString("price");

    private static final JsonCodec<List<String>> TAGS_CODEC = JsonCodecs.listOf(JsonCodecs.STRING);

    private static final JsonCodec<List<ChapterIn>> CHAPTERS_CODEC = JsonCodecs.listOf(ChapterIn_JsonCodec.INSTANCE);

    private static final JsonCodec<Optional<String>> CONTACT_CODEC = JsonCodecs.optionalOf(JsonCodecs.STRING);

    private BookIn_JsonCodec() {
    }

    @Override
    public void write(JsonGenerator out, BookIn value) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeFieldName(TITLE);
        JsonCodecs.STRING.write(out, value.title());
        out.writeFieldName(AUTHOR);
        AuthorIn_JsonCodec.INSTANCE.write(out, value.author());
        out.writeFieldName(YEAR);
        out.writeNumber(value.year());
        out.writeFieldName(ISBN);
        JsonCodecs.STRING.write(out, value.isbn());
        out.writeFieldName(TAGS);
        TAGS_CODEC.write(out, value.tags());
        out.writeFieldName(CHAPTERS);
        CHAPTERS_CODEC.write(out, value.chapters());
        out.writeFieldName(CONTACT);
        CONTACT_CODEC.write(out, value.contact());
        out.writeFieldName(PRICE);
        JsonCodecs.LONG.write(out, value.price());
        out.writeEndObject();
    }

    @Override
    public BookIn read(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonReads.expectObject(in, "BookIn");
        String title = null;
        AuthorIn author = null;
        int year = 0;
        String isbn = null;
        List<String> tags = null;
        List<ChapterIn> chapters = null;
        Optional<String> contact = Optional.empty();
        Long price = null;
        long seen = 0L;
        for (String field = in.nextFieldName(); field != null; field = in.nextFieldName()) {
            in.nextToken();
            switch (field) {
                case "title" -> {
                    seen = JsonReads.once(in, seen, 1L << 0);
                    title = JsonCodecs.STRING.read(in);
                }
                case "author" -> {
                    seen = JsonReads.once(in, seen, 1L << 1);
                    author = AuthorIn_JsonCodec.INSTANCE.read(in);
                }
                case "year" -> {
                    seen = JsonReads.once(in, seen, 1L << 2);
                    year = JsonReads.intValue(in);
                }
                case "isbn" -> {
                    seen = JsonReads.once(in, seen, 1L << 3);
                    isbn = JsonCodecs.STRING.read(in);
                }
                case "tags" -> {
                    seen = JsonReads.once(in, seen, 1L << 4);
                    tags = TAGS_CODEC.read(in);
                }
                case "chapters" -> {
                    seen = JsonReads.once(in, seen, 1L << 5);
                    chapters = CHAPTERS_CODEC.read(in);
                }
                case "contact" -> {
                    seen = JsonReads.once(in, seen, 1L << 6);
                    contact = CONTACT_CODEC.read(in);
                }
                case "price" -> {
                    seen = JsonReads.once(in, seen, 1L << 7);
                    price = JsonCodecs.LONG.read(in);
                }
                default -> in.skipChildren();
            }
        }
        if ((seen & (1L << 2)) == 0) {
            throw JsonReads.missingField(in, "year");
        }
        try {
            return new BookIn(title, author, year, isbn, tags, chapters, contact, price);
        } catch (RuntimeException e) {
            // a check in the constructor refused the client's values
            throw JsonReads.rejected(in, "BookIn", e);
        }
    }
}
