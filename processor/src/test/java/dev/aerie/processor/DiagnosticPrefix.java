package dev.aerie.processor;

import com.google.testing.compile.Compilation;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Checks that every message the processor printed in a test compilation starts with
 * {@code [Aerie/Kind] } for a kind of {@link DiagnosticKind}, with the severity of that kind: the
 * compile-testing helpers run it on every compilation, so no message can skip the one channel.
 */
public final class DiagnosticPrefix {
    private static final Pattern PREFIX = Pattern.compile("\\[Aerie/([A-Za-z]+)] \\S.*", Pattern.DOTALL);
    private static final Set<String> LABELS = Arrays.stream(DiagnosticKind.values()).map(DiagnosticKind::label)
            .collect(Collectors.toSet());

    private DiagnosticPrefix() {}

    /** Returns {@code compilation} after checking its processor messages. */
    public static Compilation checked(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getCode() == null || !d.getCode().endsWith("proc.messager")) {
                continue; // javac's own message, or a note
            }
            String message = d.getMessage(Locale.ROOT);
            if (message.startsWith("[Test]")) {
                continue; // test processors' own messages
            }
            Matcher m = PREFIX.matcher(message);
            if (!m.matches() || !LABELS.contains(m.group(1))) {
                throw new AssertionError("processor message without a known [Aerie/Kind] prefix: " + message);
            }
            DiagnosticKind kind = Arrays.stream(DiagnosticKind.values()).filter(k -> k.label().equals(m.group(1)))
                    .findFirst().orElseThrow();
            boolean warning = d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
            if (kind.warning() != warning) {
                throw new AssertionError(kind.label() + " printed as " + d.getKind() + ": " + message);
            }
        }
        return compilation;
    }
}
