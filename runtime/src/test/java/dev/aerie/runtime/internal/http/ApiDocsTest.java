package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docs routes and their switch, without the processor or a server. */
class ApiDocsTest {
    private static final ClassLoader WITH_WEBJAR = ApiDocsTest.class.getClassLoader();

    @Test
    void onByDefaultWithThePageAndTheAssetsItLinks() {
        ApiDocs docs = ApiDocs.from(AerieConfig.of(Map.of()), WITH_WEBJAR).orElseThrow();
        assertEquals(List.of("/docs", "/docs/favicon-16x16.png", "/docs/favicon-32x32.png", "/docs/swagger-ui-bundle.js",
                "/docs/swagger-ui.css"), docs.paths().stream().sorted().toList());
        String page = new String(docs.body("/docs").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(page.contains("url: \"/openapi.json\""), page);
        for (String path : docs.paths()) {
            if (!path.equals("/docs") && !path.endsWith("16x16.png")) { // the page links all but the small icon
                assertTrue(page.contains("\"" + path + "\""), path + " not linked from " + page);
            }
        }
        assertTrue(new String(docs.body("/docs/swagger-ui-bundle.js").orElseThrow(), StandardCharsets.UTF_8)
                .contains("SwaggerUIBundle"));
    }

    @Test
    void switchedOffByConfiguration() {
        assertTrue(ApiDocs.from(AerieConfig.of(Map.of("docs.enabled", "false")), WITH_WEBJAR).isEmpty());
        assertFalse(ApiDocs.from(AerieConfig.of(Map.of("docs.enabled", "true")), WITH_WEBJAR).isEmpty());
    }

    @Test
    void absentWhenTheWebjarIsLeftOut() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertTrue(ApiDocs.from(AerieConfig.of(Map.of()), empty).isEmpty());
        }
    }
}
