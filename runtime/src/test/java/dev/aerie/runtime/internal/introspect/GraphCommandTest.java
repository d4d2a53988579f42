package dev.aerie.runtime.internal.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.runtime.internal.cli.Launcher;
import dev.aerie.sample.AppModule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code app graph} on the sample application: the compile-time graph, as Mermaid and as DOT. */
class GraphCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Launcher(() -> Aerie.create(AppModule.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args)).exitStatus();
    }

    @Test
    void mermaidByDefault() {
        assertEquals(0, run("graph"), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch("flowchart LR"::equals), text);
        assertTrue(text.contains("subgraph m0[\"AppModule\"]"), text);
        assertTrue(text.contains("subgraph m1[\"ClockModule\"]"), text);
        assertTrue(text.contains("m0 -.->|imports| m1"), text);
        assertTrue(text.contains("==>|\"exported by ClockModule\"|"), "ClockHolder injects the exported Clock:\n" + text);
    }

    @Test
    void dotWithFormatDotInEitherSpelling() {
        assertEquals(0, run("graph", "--format", "dot"), err.toString(StandardCharsets.UTF_8));
        String spaced = out.toString(StandardCharsets.UTF_8);
        assertTrue(spaced.startsWith("// AppModule"), spaced);
        assertTrue(spaced.contains("digraph \"AppModule\" {"), spaced);
        assertTrue(spaced.contains("subgraph cluster_1 {\n        label=\"ClockModule\";"), spaced);
        assertTrue(spaced.contains("m0 -> m1 [style=dashed, label=\"imports\"];"), spaced);
        assertTrue(spaced.contains("[style=bold, label=\"exported by ClockModule\"];"), spaced);
        assertTrue(spaced.stripTrailing().endsWith("}"), spaced);
        out.reset();
        assertEquals(0, run("graph", "--format=dot"));
        assertEquals(spaced, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownFormatIsAnError() {
        assertEquals(2, run("graph", "--format", "png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("use --format mermaid or --format dot"));
    }
}
