package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.OnDelete;
import dev.aerie.api.db.References;

/** Articles with tags: a join entity whose key is its two references. */
@Entity(table = "rel_article_tags")
public record RelArticleTag(@Id @References(value = RelArticle.class, onDelete = OnDelete.CASCADE) long articleId,
                            @Id @References(value = RelTag.class, onDelete = OnDelete.RESTRICT) long tagId) {}
