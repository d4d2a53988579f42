package dev.aerie.processor.spi;

/**
 * Where every compiler message goes: errors and warnings alike, as {@link Diagnostic}s. There is
 * one implementation, the processor's context, which formats and counts them.
 */
public interface Reporter {

    /** Reports {@code diagnostic} (once: the same message on the same place is dropped). */
    void report(Diagnostic diagnostic);

    /** Whether any error (not warning) was reported in this compilation. */
    boolean hasErrors();
}
