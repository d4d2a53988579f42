package dev.aerie.processor.spi;

import dev.aerie.processor.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One compiler message: its kind, where it points (an element, narrowed to an annotation or one
 * value of it when that is where the mistake is; or model {@link Source}s, the first in source
 * being compiled wins), what is wrong and how to fix it. The processor's context is the one place
 * that formats it ({@code [Aerie/Kind] message fix}) and counts it.
 *
 * @param message what is wrong and where, without the {@code [Aerie/...]} prefix
 * @param fix     what to do about it; never blank, every message names its fix
 */
public record Diagnostic(DiagnosticKind kind, Optional<Element> element, Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value, List<Source> sources, String message, String fix) {

    public Diagnostic {
        Objects.requireNonNull(kind);
        sources = List.copyOf(sources);
        Objects.requireNonNull(message);
        if (fix.isBlank()) {
            throw new IllegalArgumentException("a diagnostic names its fix: " + message);
        }
        if (value.isPresent() && annotation.isEmpty()) {
            throw new IllegalArgumentException("an annotation value needs its annotation");
        }
    }

    /** A message on {@code element}. */
    public static Diagnostic of(DiagnosticKind kind, Element element, String message, String fix) {
        return new Diagnostic(kind, Optional.of(element), Optional.empty(), Optional.empty(), List.of(), message, fix);
    }

    /** A message on the first of {@code at} in source being compiled (else on the last one). */
    public static Diagnostic of(DiagnosticKind kind, List<Source> at, String message, String fix) {
        return new Diagnostic(kind, Optional.empty(), Optional.empty(), Optional.empty(), at, message, fix);
    }

    public static Diagnostic of(DiagnosticKind kind, Source at, String message, String fix) {
        return of(kind, List.of(at), message, fix);
    }

    /** A message about the compilation as a whole, on no element. */
    public static Diagnostic global(DiagnosticKind kind, String message, String fix) {
        return new Diagnostic(kind, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), message, fix);
    }

    /** The same message on {@code annotation} of its element. */
    public Diagnostic on(AnnotationMirror annotation) {
        return new Diagnostic(kind, element, Optional.of(annotation), Optional.empty(), sources, message, fix);
    }

    /** The same message on one value of {@code annotation} (a class literal, a path string). */
    public Diagnostic on(AnnotationMirror annotation, AnnotationValue value) {
        return new Diagnostic(kind, element, Optional.of(annotation), Optional.of(value), sources, message, fix);
    }

    /** Narrows to {@code annotation} when there is one. */
    public Diagnostic on(Optional<AnnotationMirror> annotation) {
        return annotation.map(this::on).orElse(this);
    }
}
