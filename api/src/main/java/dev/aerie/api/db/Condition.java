package dev.aerie.api.db;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed WHERE condition on the columns of entity {@code E}, built from the generated
 * metamodel ({@code Book_.year.ge(2000)}, {@code Book_.isbn.isNull()}) and combined with
 * {@link #and}, {@link #or} and {@link #not}; given to {@link Query#where(Condition)}. Values are
 * always bound, never written into the SQL. The records are the shapes a backend renders.
 */
public sealed interface Condition<E> {

    /** This and {@code other}. */
    default Condition<E> and(Condition<E> other) {
        return new All<>(List.of(this, other));
    }

    /** This or {@code other}. */
    default Condition<E> or(Condition<E> other) {
        return new Any<>(List.of(this, other));
    }

    /** Every one of {@code conditions} ({@code TRUE} when there is none). */
    @SafeVarargs
    static <E> Condition<E> all(Condition<E>... conditions) {
        return new All<>(List.of(conditions));
    }

    /** At least one of {@code conditions} ({@code FALSE} when there is none). */
    @SafeVarargs
    static <E> Condition<E> any(Condition<E>... conditions) {
        return new Any<>(List.of(conditions));
    }

    /** Not {@code condition}. As in SQL, a NULL column makes a comparison neither true nor false, so NOT of it is not true either. */
    static <E> Condition<E> not(Condition<E> condition) {
        return new Not<>(condition);
    }

    /**
     * A row of entity {@code R} references this row: {@code EXISTS (SELECT 1 FROM r WHERE
     * r.reference = e.key AND where)}. For "articles ann favorited":
     * {@code exists(Favorite_.articleId, Article_.id, Favorite_.userId.eq(ann))}.
     */
    static <E, R, K> Condition<E> exists(ColumnRef<R, K> reference, ColumnRef<E, K> key, Condition<R> where) {
        return new Exists<>(reference, key, where);
    }

    /** Some row of entity {@code R} references this row (see {@link #exists(ColumnRef, ColumnRef, Condition)}). */
    static <E, R, K> Condition<E> exists(ColumnRef<R, K> reference, ColumnRef<E, K> key) {
        return new Exists<>(reference, key, all());
    }

    /** No row of entity {@code R} matching {@code where} references this row. */
    static <E, R, K> Condition<E> notExists(ColumnRef<R, K> reference, ColumnRef<E, K> key, Condition<R> where) {
        return not(exists(reference, key, where));
    }

    /** No row of entity {@code R} references this row. */
    static <E, R, K> Condition<E> notExists(ColumnRef<R, K> reference, ColumnRef<E, K> key) {
        return not(exists(reference, key));
    }

    /** A correlated {@code EXISTS} over entity {@code R}: its {@code reference} column equals this row's {@code key}, and {@code where} holds. */
    record Exists<E, R>(ColumnRef<R, ?> reference, ColumnRef<E, ?> key, Condition<R> where) implements Condition<E> {
        public Exists {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(where, "where");
        }
    }

    /** {@code column <op> value}; {@code value} is never null (use {@link IsNull}). */
    record Compare<E>(ColumnRef<E, ?> column, Query.Op op, Object value) implements Condition<E> {
        public Compare {
            Objects.requireNonNull(op, "op");
            if (value == null) {
                throw new IllegalArgumentException("column " + column.name() + " " + op.sql()
                        + " NULL never matches in SQL; use isNull()");
            }
        }
    }

    /** {@code column IN (values...)}; no value is null; an empty list matches no row. */
    record In<E>(ColumnRef<E, ?> column, List<?> values) implements Condition<E> {
        public In {
            values = List.copyOf(values); // refuses null elements
        }

        static <E> In<E> of(ColumnRef<E, ?> column, Collection<?> values) {
            // List.of(...).contains(null) throws: look at each value
            if (values.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("column " + column.name() + " IN (...) with a null value never matches "
                        + "that value in SQL; leave it out and add isNull()");
            }
            return new In<>(column, List.copyOf(values));
        }
    }

    /** {@code column IS NULL}. */
    record IsNull<E>(ColumnRef<E, ?> column) implements Condition<E> {}

    /** {@code column LIKE ...}: {@code text} is a LIKE pattern for {@link Match#PATTERN}, else literal text (its % and _ match themselves). */
    record Like<E>(ColumnRef<E, ?> column, String text, Match match) implements Condition<E> {
        public Like {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(match, "match");
        }
    }

    /** How {@link Like} uses its text. */
    enum Match {
        /** A LIKE pattern as given: {@code %} is any text, {@code _} any one character. */
        PATTERN,
        /** The text anywhere in the value. */
        CONTAINS,
        /** The value begins with the text. */
        STARTS_WITH,
        /** The value ends with the text. */
        ENDS_WITH
    }

    /** Every condition holds. */
    record All<E>(List<Condition<E>> conditions) implements Condition<E> {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record Any<E>(List<Condition<E>> conditions) implements Condition<E> {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. */
    record Not<E>(Condition<E> condition) implements Condition<E> {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }
}
