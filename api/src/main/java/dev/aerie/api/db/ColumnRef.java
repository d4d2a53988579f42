package dev.aerie.api.db;

import java.util.Collection;

/**
 * A typed handle on a column of an entity, for typed queries. The processor generates one
 * constant per column in {@code <Entity>_} (for example {@code Book_.year}, a
 * {@code ColumnRef<Book, Integer>}); its methods make {@link Condition conditions}:
 * {@code Book_.year.ge(2000).and(Book_.isbn.isNull())}.
 */
public interface ColumnRef<E, V> {

    /** The column's name in the table. */
    String name();

    /** The entity it belongs to. */
    Class<E> entity();

    /** The column {@code name} of {@code entity}; generated {@code <Entity>_} classes call this. */
    static <E, V> ColumnRef<E, V> of(Class<E> entity, String name) {
        return new ColumnName<>(entity, name);
    }

    /** {@code = value} */
    default Condition<E> eq(V value) {
        return new Condition.Compare<>(this, Query.Op.EQ, value);
    }

    /** {@code <> value} (a NULL column matches neither this nor {@link #eq}) */
    default Condition<E> ne(V value) {
        return new Condition.Compare<>(this, Query.Op.NE, value);
    }

    /** {@code < value} */
    default Condition<E> lt(V value) {
        return new Condition.Compare<>(this, Query.Op.LT, value);
    }

    /** {@code <= value} */
    default Condition<E> le(V value) {
        return new Condition.Compare<>(this, Query.Op.LE, value);
    }

    /** {@code > value} */
    default Condition<E> gt(V value) {
        return new Condition.Compare<>(this, Query.Op.GT, value);
    }

    /** {@code >= value} */
    default Condition<E> ge(V value) {
        return new Condition.Compare<>(this, Query.Op.GE, value);
    }

    /** {@code IN (values...)}, each bound; an empty collection matches no row. */
    default Condition<E> in(Collection<? extends V> values) {
        return Condition.In.of(this, values);
    }

    /** {@code IS NULL} */
    default Condition<E> isNull() {
        return new Condition.IsNull<>(this);
    }

    /** {@code IS NOT NULL} */
    default Condition<E> isNotNull() {
        return Condition.not(isNull());
    }

    /** {@code LIKE pattern}: {@code %} and {@code _} in {@code pattern} are wildcards. */
    default Condition<E> like(String pattern) {
        return new Condition.Like<>(this, pattern, Condition.Match.PATTERN);
    }

    /** The value contains {@code text}; its {@code %} and {@code _} are plain characters (escaped). */
    default Condition<E> contains(String text) {
        return new Condition.Like<>(this, text, Condition.Match.CONTAINS);
    }

    /** The value starts with {@code text} (escaped as in {@link #contains}). */
    default Condition<E> startsWith(String text) {
        return new Condition.Like<>(this, text, Condition.Match.STARTS_WITH);
    }

    /** The value ends with {@code text} (escaped as in {@link #contains}). */
    default Condition<E> endsWith(String text) {
        return new Condition.Like<>(this, text, Condition.Match.ENDS_WITH);
    }
}
