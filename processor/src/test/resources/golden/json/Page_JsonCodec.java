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
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Page} as JSON.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Page_JsonCodec<T> implements JsonCodec<Page<T>> {
    private static final SerializableString ITEMS = new SerializedString("items");

    private static final SerializableString TOTAL = new SerializedString("total");

    private static final SerializableString FIRST = new SerializedString("first");

    private static final SerializableString GROUPS = new SerializedString("groups");

    private final JsonCodec<T> tCodec;

    private final JsonCodec<List<T>> itemsCodec;

    private final JsonCodec<Map<String, List<T>>> groupsCodec;

    /**
     * A codec of {@link Page} whose type arguments use the given codecs.
     */
    public Page_JsonCodec(JsonCodec<T> tCodec) {
        this.tCodec = tCodec;
        this.itemsCodec = JsonCodecs.listOf(tCodec);
        this.groupsCodec = JsonCodecs.mapOf(JsonCodecs.listOf(tCodec));
    }

    @Override
    public void write(JsonGenerator out, Page<T> value) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeFieldName(ITEMS);
        itemsCodec.write(out, value.items());
        out.writeFieldName(TOTAL);
        out.writeNumber(value.total());
        out.writeFieldName(FIRST);
        tCodec.write(out, value.first());
        out.writeFieldName(GROUPS);
        groupsCodec.write(out, value.groups());
        out.writeEndObject();
    }

    @Override
    public Page<T> read(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonReads.expectObject(in, "Page");
        List<T> items = null;
        int total = 0;
        T first = null;
        Map<String, List<T>> groups = null;
        long seen = 0L;
        for (String field = in.nextFieldName(); field != null; field = in.nextFieldName()) {
            in.nextToken();
            switch (field) {
                case "items" -> {
                    seen = JsonReads.once(in, seen, 1L << 0);
                    items = itemsCodec.read(in);
                }
                case "total" -> {
                    seen = JsonReads.once(in, seen, 1L << 1);
                    total = JsonReads.intValue(in);
                }
                case "first" -> {
                    seen = JsonReads.once(in, seen, 1L << 2);
                    first = tCodec.read(in);
                }
                case "groups" -> {
                    seen = JsonReads.once(in, seen, 1L << 3);
                    groups = groupsCodec.read(in);
                }
                default -> in.skipChildren();
            }
        }
        if ((seen & (1L << 1)) == 0) {
            throw JsonReads.missingField(in, "total");
        }
        try {
            return new Page<>(items, total, first, groups);
        } catch (RuntimeException e) {
            // a check in the constructor refused the client's values
            throw JsonReads.rejected(in, "Page", e);
        }
    }
}
