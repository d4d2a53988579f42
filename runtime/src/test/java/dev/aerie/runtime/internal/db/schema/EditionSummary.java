package dev.aerie.runtime.internal.db.schema;

import dev.aerie.api.db.Projection;

/** A projection over {@link DdlEdition} rows, read by column label. */
@Projection
public record EditionSummary(String editionTitle, Format format, short pages, Long stock) {}
