package dev.aerie.runtime.http.handwritten;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.aerie.api.http.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A tiny stand-in for the JSON helper's generated codec of {@link Book}. */
final class BookJson {
    private static final JsonFactory JSON = new JsonFactory();

    private BookJson() {}

    static Book read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            Book book = readBook(p);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value");
            }
            return book;
        }
    }

    static List<Book> readList(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "expected an array");
            }
            List<Book> books = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                books.add(readBook(p));
            }
            return books;
        }
    }

    private static Book readBook(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected an object");
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
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "title must be a string");
                    }
                    title = p.getText();
                }
                case "year" -> year = p.getIntValue();
                default -> p.skipChildren();
            }
        }
        if (title == null) {
            throw new BadRequestException("title is required").member("path", "$.title");
        }
        return new Book(id, title, year);
    }

    static byte[] write(Book book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, book);
        }
        return out.toByteArray();
    }

    static byte[] writeList(List<Book> books) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Book book : books) {
                write(g, book);
            }
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Book book) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", book.id());
        g.writeStringField("title", book.title());
        g.writeNumberField("year", book.year());
        g.writeEndObject();
    }
}
