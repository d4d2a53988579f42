package dev.aerie.runtime.internal.db.schema;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.Index;
import dev.aerie.api.db.References;
import dev.aerie.api.db.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every supported column type, NOT NULL and nullable, two foreign keys, a composite unique index and a plain one. */
@Entity(table = "ddl_edition")
@Index(value = {"authorId", "editionNumber"}, unique = true)
@Index("publishedOn")
public record DdlEdition(
        @Id @GeneratedValue long id,
        @References(DdlAuthor.class) Long authorId,
        @References(DdlPublisher.class) @Nullable UUID publisherId,
        int editionNumber,
        @Nullable Integer printRun,
        short pages,
        @Nullable Short weightGrams,
        boolean signed,
        @Nullable Boolean numbered,
        double rating,
        @Nullable Double score,
        float widthCm,
        @Nullable Float heightCm,
        long isbn,
        @Nullable Long stock,
        @Column(precision = 10, scale = 2) BigDecimal price,
        @Nullable BigDecimal discount,
        UUID sku,
        Format format,
        @Nullable Format previousFormat,
        LocalDate publishedOn,
        @Nullable LocalDateTime printedAt,
        Instant createdAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable byte[] cover,
        @Column(name = "edition_title", length = 300) String title,
        @Transient String note) {}
