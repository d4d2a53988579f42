package dev.aerie.processor.sql;

import dev.aerie.processor.spi.DiagnosticKind;

/** One problem the checker found in a statement: reported on the SQL's line by whoever asked. */
record Finding(DiagnosticKind kind, String message, String fix) {}
