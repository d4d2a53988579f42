package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.config.AerieConfig;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code GET /docs}: Swagger UI over {@code /openapi.json}, from the {@code org.webjars:swagger-ui} jar on
 * the class path (no CDN: the page works offline). Served while {@code docs.enabled} (default true) and
 * the jar is present; an application that leaves the jar out simply has no {@code /docs}.
 */
final class ApiDocs {
    static final String PATH = "/docs";
    static final String ENABLED = "docs.enabled";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    // Only what the page needs: the rest of the webjar (ES bundles, petstore initializer) is not served.
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript; charset=UTF-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    private final Map<String, Asset> files;

    private record Asset(Header type, byte[] bytes) {
    }

    private ApiDocs(Map<String, Asset> files) {
        this.files = files;
    }

    /** The docs routes for {@code config}: empty when switched off or when the webjar is not on the class path. */
    static Optional<ApiDocs> from(AerieConfig config, ClassLoader loader) {
        if (!config.getBoolean(ENABLED, true)) {
            return Optional.empty();
        }
        return webjarVersion(loader).map(version -> {
            Map<String, Asset> files = new LinkedHashMap<>();
            files.put(PATH, new Asset(type("text/html; charset=UTF-8"), page().getBytes(StandardCharsets.UTF_8)));
            ASSETS.forEach((name, type) -> files.put(PATH + "/" + name,
                    new Asset(type(type), read(loader, WEBJAR + version + "/" + name).orElseThrow(
                            () -> new IllegalStateException("The swagger-ui webjar " + version + " has no " + name
                                    + ": use the version the Aerie bom pins")))));
            return new ApiDocs(Map.copyOf(files));
        });
    }

    /** The paths served, the page first among them. */
    java.util.Set<String> paths() {
        return files.keySet();
    }

    Optional<byte[]> body(String path) {
        return Optional.ofNullable(files.get(path)).map(Asset::bytes);
    }

    void register(HttpRules rules) {
        files.forEach((path, asset) -> {
            Handler handler = (request, response) -> {
                response.header(asset.type());
                response.send(asset.bytes());
            };
            rules.get(path, handler);
        });
    }

    static String page() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="UTF-8">
                  <title>API docs</title>
                  <link rel="stylesheet" href="/docs/swagger-ui.css">
                  <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="/docs/swagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
                  </script>
                </body>
                </html>
                """;
    }

    private static Optional<String> webjarVersion(ClassLoader loader) {
        return read(loader, VERSION).map(bytes -> {
            Properties properties = new Properties();
            try {
                properties.load(new java.io.ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + VERSION, e);
            }
            return properties.getProperty("version");
        });
    }

    private static Optional<byte[]> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Header type(String value) {
        return HeaderValues.create(HeaderNames.CONTENT_TYPE, value);
    }
}
