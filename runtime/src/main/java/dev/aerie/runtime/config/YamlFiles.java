package dev.aerie.runtime.config;

import io.helidon.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a YAML file into flat dotted keys ({@code server.port}, {@code list.0.name}). */
final class YamlFiles {
    private YamlFiles() {}

    static Map<String, String> fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return flatten(parse(reader, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    static Map<String, String> fromClasspath(ClassLoader classLoader, String resource) {
        ClassLoader loader = classLoader != null ? classLoader : YamlFiles.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            return flatten(parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + resource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + resource, e);
        }
    }

    static Map<String, String> parse(String yaml) {
        return flatten(parse(new java.io.StringReader(yaml), "<string>"));
    }

    private static Object parse(Reader reader, String origin) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new ConfigException("Cannot parse " + origin + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> flatten(Object tree) {
        Map<String, String> values = new LinkedHashMap<>();
        if (tree != null) {
            flatten("", tree, values);
        }
        return values;
    }

    private static void flatten(String prefix, Object node, Map<String, String> values) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(join(prefix, String.valueOf(key)), value, values));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(join(prefix, Integer.toString(i)), list.get(i), values);
            }
        } else if (!prefix.isEmpty() && node != null) {
            values.put(prefix, String.valueOf(node));
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
