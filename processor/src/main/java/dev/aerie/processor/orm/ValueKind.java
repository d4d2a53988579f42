package dev.aerie.processor.orm;

import java.util.EnumSet;
import java.util.Set;

/** What a column holds, as the processor sees it; the names match {@code dev.aerie.runtime.internal.db.ColumnType}. */
enum ValueKind {
    STRING, INT, LONG, SHORT, BOOLEAN, DOUBLE, FLOAT, BIG_DECIMAL, UUID, ENUM,
    LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME, BYTES;

    private static final Set<ValueKind> IDENTITY_CAPABLE = EnumSet.of(INT, LONG, SHORT);

    /** Whether the database can generate values of this kind (an identity column). */
    boolean canBeIdentity() {
        return IDENTITY_CAPABLE.contains(this);
    }
}
