package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.OnDelete;
import dev.aerie.api.db.References;
import org.jspecify.annotations.Nullable;

/** An article; its author may be deleted (the article stays, without author). */
@Entity(table = "rel_articles")
public record RelArticle(@Id @GeneratedValue Long id,
                         @Column(length = 100) String title,
                         @Nullable @References(value = RelUser.class, onDelete = OnDelete.SET_NULL) Long authorId,
                         int favorites) {}
