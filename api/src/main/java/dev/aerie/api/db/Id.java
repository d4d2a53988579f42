package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A primary key column. On one field it is the id; on several it makes a composite key of those
 * columns in declaration order (a join entity: {@code @Id @References(Article.class) long articleId,
 * @Id @References(Tag.class) long tagId}). A composite key is given to {@link Session#find} and
 * {@link Session#deleteById} as a {@code List} of its values in that order (the generated
 * {@code <Entity>_.key(...)} builds it).
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface Id {}
