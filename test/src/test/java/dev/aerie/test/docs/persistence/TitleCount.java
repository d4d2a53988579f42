package dev.aerie.test.docs.persistence;

import dev.aerie.api.db.Projection;

/** A raw-SQL result shape. */
@Projection
public record TitleCount(String title, long count) {}
