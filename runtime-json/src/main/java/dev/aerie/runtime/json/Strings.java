package dev.aerie.runtime.json;

import com.fasterxml.jackson.core.JsonParser;

/** The check every string read from a client passes. */
final class Strings {
    private Strings() {}

    /**
     * {@code text}, unless it contains NUL. {@code \u0000} is legal JSON, but PostgreSQL cannot
     * store it in text and C libraries cut strings at it: refusing it here gives the client a 400
     * naming the field instead of a database error later.
     */
    static String checked(JsonParser in, String text) {
        if (text.indexOf('\0') >= 0) {
            throw JsonReads.error(in, "the string contains a NUL character (\\u0000), which is not accepted");
        }
        return text;
    }
}
