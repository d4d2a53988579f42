package dev.aerie.conduit.tags;

import static dev.aerie.api.db.Condition.exists;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tags and which articles carry them. */
@Injectable
public final class TagsService {
    private final Session db;

    TagsService(Session db) {
        this.db = db;
    }

    /** Every tag some article carries, by name. */
    public List<String> all() {
        return db.query(Tag.class).where(exists(ArticleTag_.tagId, Tag_.id)).orderBy(Tag_.name).list().stream()
                .map(Tag::name).toList();
    }

    public Optional<Tag> byName(String name) {
        return db.query(Tag.class).where(Tag_.name.eq(name)).first();
    }

    /** Gives the article these tags (a name given twice counts once). */
    public void tag(long articleId, List<String> names) {
        for (String name : new LinkedHashSet<>(names)) {
            // a tag another request creates at the same moment is found after the ignored insert
            Tag tag = db.insertIgnoringDuplicate(new Tag(null, name)).or(() -> byName(name)).orElseThrow();
            db.insert(new ArticleTag(articleId, tag.id()));
        }
    }

    /** Replaces the article's tags with these. */
    public void retag(long articleId, List<String> names) {
        db.query(ArticleTag.class).where(ArticleTag_.articleId.eq(articleId)).list().forEach(db::delete);
        tag(articleId, names);
    }

    /** The tags of one article, in alphabetical order as below: one statement. */
    public List<String> tagsOf(long articleId) {
        return db.query(Tag.class).where(exists(ArticleTag_.tagId, Tag_.id, ArticleTag_.articleId.eq(articleId))).list().stream()
                .map(Tag::name).sorted().toList();
    }

    /**
     * The tag lists of these articles, by article id, each in alphabetical order (the official
     * suite sends {@code ["training", "dragons"]} and expects {@code dragons} first): two
     * statements whatever their number.
     */
    public Map<Long, List<String>> tagsOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ArticleTag>> links = db.query(ArticleTag.class).where(ArticleTag_.articleId.in(articleIds))
                .listGroupedBy(ArticleTag_.articleId);
        List<Long> tagIds = links.values().stream().flatMap(List::stream).map(ArticleTag::tagId).distinct().toList();
        Map<Long, List<Tag>> tags = tagIds.isEmpty() ? Map.of() : db.query(Tag.class).where(Tag_.id.in(tagIds)).listGroupedBy(Tag_.id);
        Map<Long, List<String>> names = new HashMap<>();
        links.forEach((articleId, rows) -> {
            List<String> list = new ArrayList<>(rows.size());
            rows.forEach(row -> list.add(tags.get(row.tagId()).getFirst().name()));
            list.sort(null);
            names.put(articleId, List.copyOf(list));
        });
        return names;
    }
}
