package dev.aerie.api.db;

/**
 * A column of entity {@code E} that is a {@link References foreign key} to entity {@code R}: the
 * processor generates one in {@code <Entity>_} for every {@code @References} field
 * ({@code Article_.authorId} is a {@code ForeignKey<Article, Long, User>}). It is a column like any
 * other in conditions and order, and the only thing {@link Query#join} takes, so a join over a
 * column that is not a reference does not compile.
 */
public interface ForeignKey<E, V, R> extends ColumnRef<E, V> {

    /** The entity whose id this column holds. */
    Class<R> target();

    /** The foreign key {@code name} of {@code entity}, referencing {@code target}; generated {@code <Entity>_} classes call this. */
    static <E, V, R> ForeignKey<E, V, R> of(Class<E> entity, String name, Class<R> target) {
        return new ForeignKeyName<>(entity, name, target);
    }
}
