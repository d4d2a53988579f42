package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.MissingParameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Used by generated code: the fields of an {@code application/x-www-form-urlencoded} body. */
public final class FormFields {
    private final Map<String, List<String>> fields;

    private FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** The fields of {@code body}, decoded as UTF-8; 400 when an escape is broken. */
    static FormFields parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new FormFields(fields);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The form body has a broken %-escape in '" + Params.shown(text)
                    + "'; encode it as application/x-www-form-urlencoded");
        }
    }

    /** Used by generated code: the single value of field {@code name}, if present; 400 when given more than once. */
    public Optional<String> optional(String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new BadRequestException("The form field '" + name + "' is given " + values.size()
                    + " times but takes one value; send it once").member("parameter", name);
        }
        return Optional.of(values.get(0));
    }

    /** Used by generated code: the value of field {@code name}; 400 when absent. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> new MissingParameter("The form field '" + name + "' is required; "
                + "send it in the form body", "form field", name));
    }

    /** Used by generated code: every value of the repeated field {@code name}. */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
