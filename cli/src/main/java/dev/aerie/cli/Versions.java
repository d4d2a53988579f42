package dev.aerie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The versions this build of Aerie was made with, which a scaffolded project pins. */
record Versions(Map<String, String> all) {

    static Versions load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the CLI jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> all = new TreeMap<>();
        properties.forEach((key, value) -> all.put((String) key, (String) value));
        return new Versions(Map.copyOf(all));
    }

    String aerie() {
        return all.get("aerie.version");
    }
}
