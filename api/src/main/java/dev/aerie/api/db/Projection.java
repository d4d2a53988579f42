package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record that raw SQL results can be mapped to: columns are matched to components by snake_case
 * name. Its row mapper is generated at compile time.
 *
 * <p>With {@link #from}, it is also the result of a typed {@link JoinQuery}: each component reads
 * the column of the same name (snake_case, or its {@code @Column(name)}) of the first entity listed
 * that has one, checked at compile time (a component that matches no column of those entities, or
 * whose type differs from the column's, is a compiler error).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Projection {
    /** The entities a join query reads this record from, in the order their columns are matched; none for raw SQL only. */
    Class<?>[] from() default {};
}
