package dev.aerie.processor.http;

import dev.aerie.processor.json.JsonText;
import java.util.List;
import java.util.Map;

/** Writes a tree of Map, List, String, Number and Boolean as pretty JSON text (for the OpenAPI document). */
final class JsonTree {
    private JsonTree() {}

    static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> JsonText.string(out, s);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    indent(out, depth + 1);
                    JsonText.string(out, String.valueOf(entry.getKey()));
                    out.append(": ");
                    write(entry.getValue(), out, depth + 1);
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append('}');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    indent(out, depth + 1);
                    write(list.get(i), out, depth + 1);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append(']');
            }
            default -> JsonText.string(out, value.toString());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }
}
