package dev.aerie.processor.orm;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;

/** Turns a problem found on the entity model into a diagnostic on the element its origin names. */
@FunctionalInterface
interface Blame {
    Diagnostic at(DiagnosticKind kind, String origin, String message, String fix);
}
