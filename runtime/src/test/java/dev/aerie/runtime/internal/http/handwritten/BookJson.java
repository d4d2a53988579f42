package dev.aerie.runtime.internal.http.handwritten;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aerie.runtime.json.JsonBindException;
import dev.aerie.runtime.json.JsonCodec;
import java.io.IOException;

/** A hand-written stand-in for the codec the JSON extension generates for {@link Book}. */
final class BookJson implements JsonCodec<Book> {
    static final BookJson INSTANCE = new BookJson();

    private BookJson() {}

    @Override
    public Book read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "expected an object");
        }
        long id = 0;
        String title = null;
        int year = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = p.getLongValue();
                case "title" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new JsonParseException(p, "title must be a string");
                    }
                    title = p.getText();
                }
                case "year" -> year = p.getIntValue();
                default -> p.skipChildren();
            }
        }
        if (title == null) {
            throw new JsonBindException("title is required", "$.title", -1, -1);
        }
        return new Book(id, title, year);
    }

    @Override
    public void write(JsonGenerator g, Book book) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", book.id());
        g.writeStringField("title", book.title());
        g.writeNumberField("year", book.year());
        g.writeEndObject();
    }
}
