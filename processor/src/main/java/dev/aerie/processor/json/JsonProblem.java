package dev.aerie.processor.json;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import javax.lang.model.element.Element;

/**
 * A type or constraint the generators cannot handle, thrown out of the classification that found
 * it; it carries the {@link Diagnostic} that {@link JsonSupport} reports.
 */
final class JsonProblem extends Exception {
    private final transient Diagnostic diagnostic;

    /** A type that cannot be read or written as JSON, blamed on {@code element}. */
    JsonProblem(String message, String fix, Element element) {
        this(Diagnostic.of(DiagnosticKind.BAD_JSON_TYPE, element, message, fix));
    }

    JsonProblem(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
