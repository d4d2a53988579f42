package dev.aerie.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.processor.spi.DiagnosticKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every {@link DiagnosticKind}, in enum order, each with an example message of that kind. */
class DiagnosticKindsDocTest {
    private static final Path DOC = Path.of("..", "docs", "errors.md");
    private static final Pattern HEADING = Pattern.compile("^### \\[Aerie/([A-Za-z]+)]$", Pattern.MULTILINE);

    @Test
    void theDocListsEveryKindAndNothingElse() throws IOException {
        String doc = Files.readString(DOC);
        List<String> documented = new ArrayList<>();
        Matcher m = HEADING.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(Arrays.stream(DiagnosticKind.values()).map(DiagnosticKind::label).toList(), documented,
                "the ### [Aerie/Kind] headings of docs/errors.md must match DiagnosticKind, in order");
    }

    @Test
    void eachKindHasAnExampleMessageOfThatKind() throws IOException {
        String doc = Files.readString(DOC);
        String[] sections = doc.split("\n### ");
        for (String section : Arrays.copyOfRange(sections, 1, sections.length)) {
            String label = section.substring("[Aerie/".length(), section.indexOf(']'));
            String body = section.substring(section.indexOf('\n'));
            assertTrue(body.contains("```\n[Aerie/" + label + "] "), "no example message for " + label);
        }
    }
}
