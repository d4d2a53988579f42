package dev.aerie.test.docs.relations;

import static dev.aerie.api.db.OnDelete.CASCADE;
import static dev.aerie.api.db.OnDelete.RESTRICT;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;

// snippet:article-tag
/** Articles with tags: the key is the two references; deleting an article deletes its rows here. */
@Entity(table = "article_tags")
public record ArticleTag(@Id @References(value = Article.class, onDelete = CASCADE) long articleId,
                         @Id @References(value = Tag.class, onDelete = RESTRICT) long tagId) {}
// end::article-tag
