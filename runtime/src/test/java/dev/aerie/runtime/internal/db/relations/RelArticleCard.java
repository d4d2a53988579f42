package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Projection;
import org.jspecify.annotations.Nullable;

/** An article with its author's name, read by a typed join (the name is NULL through a left join without author). */
@Projection(from = {RelArticle.class, RelUser.class})
public record RelArticleCard(long id, String title, @Column(name = "name") @Nullable String author) {}
