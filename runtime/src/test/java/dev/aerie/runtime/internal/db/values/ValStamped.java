package dev.aerie.runtime.internal.db.values;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.CreatedAt;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.UpdatedAt;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Times the session sets ({@code createdAt} an Instant, {@code updatedAt} an OffsetDateTime) and one it does not. */
@Entity(table = "val_stamped")
public record ValStamped(@Id @GeneratedValue Long id,
                         @Column(length = 40) String title,
                         @Nullable Instant due,
                         @CreatedAt Instant createdAt,
                         @UpdatedAt OffsetDateTime updatedAt) {}
