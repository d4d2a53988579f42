package dev.aerie.example.books;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.Index;
import dev.aerie.api.db.References;
import dev.aerie.example.authors.Author;
import org.jspecify.annotations.Nullable;

// snippet:entity
/** A row of table {@code books}; {@code authorId} is a foreign key to {@code authors}. */
@Entity(table = "books")
@Index({"authorId", "year"})
public record Book(@Id @GeneratedValue Long id,
                   @Column(length = 200) String title,
                   @References(Author.class) long authorId,
                   int year,
                   @Nullable @Column(length = 20, unique = true) String isbn) {}
// end::entity
