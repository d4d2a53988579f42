package dev.aerie.test.docs.persistence;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import org.jspecify.annotations.Nullable;

/** A book of the persistence.md samples; the ISBN is unique. */
@Entity(table = "titles")
public record Book(@Id @GeneratedValue Long id,
                   String title,
                   @References(Author.class) long authorId,
                   int year,
                   @Nullable @Column(unique = true) String isbn,
                   @Nullable Genre genre) {}
