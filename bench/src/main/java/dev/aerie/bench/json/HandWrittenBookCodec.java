package dev.aerie.bench.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aerie.runtime.json.JsonCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec a careful person writes by hand on jackson-core: the baseline. It checks less than
 * the generated one (no duplicate or missing-field detection, no range checks beyond jackson's).
 */
final class HandWrittenBookCodec implements JsonCodec<BenchBook> {
    static final HandWrittenBookCodec INSTANCE = new HandWrittenBookCodec();

    @Override
    public void write(JsonGenerator out, BenchBook book) throws IOException {
        out.writeStartObject();
        out.writeNumberField("id", book.id());
        out.writeStringField("title", book.title());
        out.writeStringField("author", book.author());
        out.writeNumberField("year", book.year());
        out.writeStringField("isbn", book.isbn());
        out.writeFieldName("tags");
        out.writeStartArray();
        for (String tag : book.tags()) {
            out.writeString(tag);
        }
        out.writeEndArray();
        out.writeNumberField("price", book.price());
        out.writeBooleanField("inPrint", book.inPrint());
        out.writeEndObject();
    }

    @Override
    public BenchBook read(JsonParser in) throws IOException {
        long id = 0;
        String title = null;
        String author = null;
        int year = 0;
        String isbn = null;
        List<String> tags = null;
        double price = 0;
        boolean inPrint = false;
        String field;
        while ((field = in.nextFieldName()) != null) {
            JsonToken token = in.nextToken();
            switch (field) {
                case "id" -> id = in.getLongValue();
                case "title" -> title = in.getText();
                case "author" -> author = in.getText();
                case "year" -> year = in.getIntValue();
                case "isbn" -> isbn = token == JsonToken.VALUE_NULL ? null : in.getText();
                case "tags" -> {
                    tags = new ArrayList<>();
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        tags.add(in.getText());
                    }
                }
                case "price" -> price = in.getDoubleValue();
                case "inPrint" -> inPrint = in.getBooleanValue();
                default -> in.skipChildren();
            }
        }
        return new BenchBook(id, title, author, year, isbn, tags, price, inPrint);
    }
}
