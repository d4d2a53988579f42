package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs cannot rot: every code block in README.md and docs/*.md that follows a marker
 * {@code <!-- snippet: path/to/Source.java#name -->} must equal the region of that source file
 * between {@code // snippet:name} and {@code // end::name} (indentation of the region removed).
 * The sources are compiled and tested by the build, so the samples are too.
 *
 * <p>When a sample is out of date the failure prints the block to paste; run with
 * {@code -Dsnippets.update=true} to rewrite the docs in place.
 *
 * <p>Every {@code ```java} block in those files must be checked, so none can be added that the
 * build does not compile. The line before it must be either
 * <ul>
 *   <li>a {@code <!-- snippet: ... -->} marker (checked here), or
 *   <li>a {@code <!-- scaffold: ... -->} marker: a file that {@code aerie new}/{@code aerie generate}
 *       writes, compared with the command's output by cli's {@code DocsScaffoldingTest}.
 * </ul>
 * Code that must not compile (a sample of a compile error) goes in a {@code ```text} block, and
 * the doc names the processor test that asserts the error.
 */
class DocsSnippetsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("(?m)^<!-- snippet: ([^#\\s]+)#([\\w-]+) -->");

    @Test
    void everyMarkedSampleEqualsItsSourceRegion() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs()) {
            String text = Files.readString(doc);
            StringBuilder updated = new StringBuilder();
            int copied = 0;
            Matcher marker = MARKER.matcher(text);
            while (marker.find()) {
                checked++;
                String where = ROOT.relativize(doc) + " (" + marker.group() + ")";
                int open = text.indexOf("```java\n", marker.end());
                if (open < 0 || !text.substring(marker.end(), open).isBlank()) {
                    problems.add(where + ": the marker must be followed by a ```java block");
                    continue;
                }
                int bodyStart = open + "```java\n".length();
                int close = text.indexOf("```", bodyStart);
                String shown = text.substring(bodyStart, close);
                String region;
                try {
                    region = region(ROOT.resolve(marker.group(1)), marker.group(2));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                    continue;
                }
                if (!shown.equals(region)) {
                    problems.add(where + " differs from the source. Replace the block with:\n```java\n" + region + "```");
                }
                updated.append(text, copied, bodyStart).append(region);
                copied = close;
            }
            updated.append(text.substring(copied));
            if (Boolean.getBoolean("snippets.update") && !updated.toString().equals(text)) {
                Files.writeString(doc, updated.toString());
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " doc sample(s) out of date (or run with -Dsnippets.update=true):\n\n"
                    + String.join("\n\n", problems));
        }
        assertTrue(checked >= 20, "README.md and docs/ show marked samples; found only " + checked);
    }

    @Test
    void everyJavaBlockIsMarked() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : docs()) {
            problems.addAll(unmarkedJavaBlocks(ROOT.relativize(doc).toString(), Files.readString(doc)));
        }
        assertEquals("", String.join("\n", problems), problems.size() + " ```java block(s) the build does not check."
                + " Move the code into a compiled, tested source (e.g. example/src/test/java/dev/aerie/example/docs/),"
                + " mark the region with '// snippet:NAME' ... '// end::NAME' and put"
                + " '<!-- snippet: path/to/Source.java#NAME -->' on the line before the block;"
                + " code that must not compile goes in a ```text block\n");
    }

    @Test
    void anUnmarkedJavaBlockIsReportedWithItsLine() {
        String doc = "# T\n\n<!-- snippet: a/A.java#x -->\n```java\nint x;\n```\n\n```text\n```java\n```\n\n"
                + "<!-- scaffold: file A.java -->\n```java\nclass A {}\n```\n\nSee:\n\n```java\nint y;\n```\n";
        assertEquals(List.of("d.md:19: ```java block without a '<!-- snippet: ... -->' marker on the line before"),
                unmarkedJavaBlocks("d.md", doc));
    }

    /** The ```java fences (outside other fenced blocks) whose previous line is no marker. */
    static List<String> unmarkedJavaBlocks(String file, String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("```")) {
                continue;
            }
            if (inFence) {
                inFence = !line.equals("```"); // only a bare fence closes; "```java" inside is content
                continue;
            }
            inFence = true;
            String before = i == 0 ? "" : lines.get(i - 1).strip();
            if (line.equals("```java") && !MARKER.matcher(before).matches() && !before.matches("<!-- scaffold: .+ -->")) {
                problems.add(file + ":" + (i + 1) + ": ```java block without a '<!-- snippet: ... -->' marker on the line before");
            }
        }
        return problems;
    }

    @Test
    void regionsAreCutAndUnindented() {
        String source = "class A {\n    // snippet:m\n    void m() {\n        x();\n    }\n    // end::m\n}\n";
        assertEquals("void m() {\n    x();\n}\n", region(source, "m", "A.java"));
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static String region(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + ROOT.relativize(file));
        }
        try {
            return region(Files.readString(file), name, ROOT.relativize(file).toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String region(String source, String name, String file) {
        List<String> lines = source.lines().toList();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("// snippet:" + name)) {
                start = i + 1;
            } else if (line.equals("// end::" + name) && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException(file + " has no region '// snippet:" + name + "' ... '// end::" + name + "'");
        }
        List<String> body = lines.subList(start, end);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : body) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
