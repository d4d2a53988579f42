package dev.aerie.runtime.internal.db.values;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import java.math.BigDecimal;

/**
 * Columns a value can fail to fit: a short code, a long text, a small number, an enum by name,
 * and a long unique VARCHAR (PostgreSQL cannot index a value of more than about 2704 bytes).
 */
@Entity(table = "val_notes")
public record ValNote(@Id @GeneratedValue Long id,
                      @Column(length = 5) String code,
                      @Column(text = true) String body,
                      @Column(precision = 4, scale = 1) BigDecimal amount,
                      @Column(length = 4) Kind kind,
                      @Column(length = 4000, unique = true) @org.jspecify.annotations.Nullable String ref) {
    public enum Kind { MEMO, REMINDER }
}
