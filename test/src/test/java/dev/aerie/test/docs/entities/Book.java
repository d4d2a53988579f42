package dev.aerie.test.docs.entities;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.Index;
import dev.aerie.api.db.References;
import dev.aerie.api.db.Transient;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

// snippet:book
@Entity(table = "books")
@Index(value = {"authorId", "title"}, unique = true)
public record Book(@Id @GeneratedValue Long id,
                   @Column(length = 200) String title,
                   @References(Author.class) long authorId,
                   int year,
                   @Nullable String isbn,
                   @Column(precision = 8, scale = 2) BigDecimal price,
                   Genre genre,                      // an enum, stored by name
                   @Transient String coverUrl) {}   // not a column
// end::book
