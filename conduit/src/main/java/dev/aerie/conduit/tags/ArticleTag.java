package dev.aerie.conduit.tags;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import dev.aerie.conduit.articles.Article;

/** Articles with tags: the key is the two references; deleting an article deletes its rows here. */
@Entity(table = "article_tags")
public record ArticleTag(@Id @References(value = Article.class, onDelete = CASCADE) long articleId,
                         @Id @References(Tag.class) long tagId) {}
