package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Renders jackson's parsing context as a JSONPath ({@code $.items[2].name}) for error messages. */
final class JsonPath {
    private JsonPath() {}

    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.hasCurrentIndex()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.hasCurrentName()) {
                appendName(path, c.getCurrentName());
            }
        }
        return path.toString();
    }

    /** {@code parent} followed by the member {@code name}. */
    static String member(String parent, String name) {
        StringBuilder path = new StringBuilder(parent);
        appendName(path, name);
        return path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (isPlain(name)) {
            path.append('.').append(name);
        } else {
            path.append("['");
            Texts.appendShort(path, name, '\'');
            path.append("']");
        }
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return name.indexOf('$') < 0 && name.chars().allMatch(ch -> ch < 128);
    }
}
