package dev.aerie.conduit.articles;

import static dev.aerie.api.db.Condition.exists;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Query;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.conduit.Unprocessable;
import dev.aerie.conduit.articles.ArticleRequests.ArticleUpdate;
import dev.aerie.conduit.articles.ArticleRequests.NewArticle;
import dev.aerie.conduit.articles.ArticleViews.ArticleList;
import dev.aerie.conduit.articles.ArticleViews.ArticleSummary;
import dev.aerie.conduit.articles.ArticleViews.ArticleView;
import dev.aerie.conduit.profiles.Follow_;
import dev.aerie.conduit.profiles.Profile;
import dev.aerie.conduit.profiles.ProfilesService;
import dev.aerie.conduit.tags.ArticleTag_;
import dev.aerie.conduit.tags.Tag;
import dev.aerie.conduit.tags.TagsService;
import dev.aerie.conduit.users.User;
import dev.aerie.conduit.users.UsersService;
import dev.aerie.conduit.users.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Articles, their tags and favorites. A page of articles costs a constant number of statements
 * whatever its size: the filter's lookups, the page and its count, the tag links and tags, the
 * authors, whom of them the viewer follows and which of the page the viewer favorited.
 */
@Injectable
public final class ArticlesService {
    private final Session db;
    private final UsersService users;
    private final ProfilesService profiles;
    private final TagsService tags;

    ArticlesService(Session db, UsersService users, ProfilesService profiles, TagsService tags) {
        this.db = db;
        this.users = users;
        this.profiles = profiles;
        this.tags = tags;
    }

    /** Most recent first; each filter given narrows the list, one naming nothing empties it. */
    public ArticleList list(Optional<String> tag, Optional<String> author, Optional<String> favorited, int limit, long offset,
                            Optional<Viewer> viewer) {
        Query<Article> query = db.query(Article.class);
        if (tag.isPresent()) {
            Optional<Long> tagId = tags.byName(tag.get()).map(Tag::id);
            if (tagId.isEmpty()) {
                return empty();
            }
            query = query.where(exists(ArticleTag_.articleId, Article_.id, ArticleTag_.tagId.eq(tagId.get())));
        }
        if (author.isPresent()) {
            Optional<Long> authorId = users.byUsername(author.get()).map(User::id);
            if (authorId.isEmpty()) {
                return empty();
            }
            query = query.where(Article_.authorId.eq(authorId.get()));
        }
        if (favorited.isPresent()) {
            Optional<Long> userId = users.byUsername(favorited.get()).map(User::id);
            if (userId.isEmpty()) {
                return empty();
            }
            query = query.where(exists(Favorite_.articleId, Article_.id, Favorite_.userId.eq(userId.get())));
        }
        return page(query, limit, offset, viewer);
    }

    /** The articles of the authors the viewer follows, most recent first. */
    public ArticleList feed(Viewer viewer, int limit, long offset) {
        Condition<Article> followed = exists(Follow_.followeeId, Article_.authorId, Follow_.followerId.eq(viewer.id()));
        return page(db.query(Article.class).where(followed), limit, offset, Optional.of(viewer));
    }

    /** Two statements, logged in or not: the article joined with its author, follow and favorite; its tags. */
    public ArticleView get(String slug, Optional<Viewer> viewer) {
        ArticleRow row = row(slug, viewer);
        return view(row, row.favoritedBy() != null, row.favoritesCount());
    }

    public ArticleView create(NewArticle in, Viewer viewer) {
        List<String> tagList = tagList(in.tagList());
        String base = Slugs.of(in.title());
        Article article = null;
        for (int attempt = 0; article == null; attempt++) {
            if (attempt == 10) {
                throw new Unprocessable("title", "gives a slug that is taken; try another title");
            }
            String slug = attempt == 0 ? base : Slugs.withSuffix(base);
            article = db.insertIgnoringDuplicate(new Article(null, slug, in.title(), in.description(), in.body(), viewer.id(), 0, null, null))
                    .orElse(null);
        }
        tags.tag(article.id(), tagList);
        return get(article.slug(), Optional.of(viewer));
    }

    public ArticleView update(String slug, ArticleUpdate in, Viewer viewer) {
        Article old = ownArticle(slug, viewer);
        String title = in.title() == null ? old.title() : in.title();
        String newSlug = old.slug();
        if (!title.equals(old.title())) {
            newSlug = Slugs.of(title);
            for (int attempt = 0; !newSlug.equals(old.slug()) && db.query(Article.class).where(Article_.slug.eq(newSlug)).count() > 0; attempt++) {
                if (attempt == 10) {
                    throw new Unprocessable("title", "gives a slug that is taken; try another title");
                }
                newSlug = Slugs.withSuffix(Slugs.of(title));
            }
        }
        Article changed = db.update(new Article(old.id(), newSlug, title,
                in.description() == null ? old.description() : in.description(),
                in.body() == null ? old.body() : in.body(),
                old.authorId(), old.favoritesCount(), old.createdAt(), old.updatedAt())); // update sets updatedAt
        if (in.tagList() != null) {
            tags.retag(old.id(), tagList(in.tagList()));
        }
        return get(changed.slug(), Optional.of(viewer));
    }

    public void delete(String slug, Viewer viewer) {
        db.delete(ownArticle(slug, viewer));
    }

    /**
     * Favoriting twice is the same as once. The counter is incremented first, which locks the
     * article's row (see docs/persistence.md), and given back when the favorite existed. Under
     * that lock the joined read sees the count and the favorite as they are, so the answer is
     * built from it: four statements (the increment, the read, the insert, the tags).
     */
    public ArticleView favorite(String slug, Viewer viewer) {
        Query<Article> article = db.query(Article.class).where(Article_.slug.eq(slug));
        lock(article, 1, slug);
        ArticleRow row = row(slug, Optional.of(viewer));
        if (row.favoritedBy() != null || db.insertIgnoringDuplicate(new Favorite(viewer.id(), row.id())).isEmpty()) {
            article.increment(Article_.favoritesCount, -1);
            return view(row, true, row.favoritesCount() - 1);
        }
        return view(row, true, row.favoritesCount());
    }

    /** As {@link #favorite}, the other way: the counter decremented first, given back when there was no favorite. */
    public ArticleView unfavorite(String slug, Viewer viewer) {
        Query<Article> article = db.query(Article.class).where(Article_.slug.eq(slug));
        lock(article, -1, slug);
        ArticleRow row = row(slug, Optional.of(viewer));
        if (row.favoritedBy() == null || !db.deleteById(Favorite.class, Favorite_.key(viewer.id(), row.id()))) {
            article.increment(Article_.favoritesCount, 1);
            return view(row, false, row.favoritesCount() + 1);
        }
        return view(row, false, row.favoritesCount());
    }

    /** Changes the counter, which locks the article's row; no row is a 404. */
    private static void lock(Query<Article> article, int delta, String slug) {
        if (article.increment(Article_.favoritesCount, delta) == 0) {
            throw new NotFoundException("there is no article " + slug);
        }
    }

    public Article bySlug(String slug) {
        return db.query(Article.class).where(Article_.slug.eq(slug)).first()
                .orElseThrow(() -> new NotFoundException("there is no article " + slug));
    }

    private Article ownArticle(String slug, Viewer viewer) {
        Article article = bySlug(slug);
        if (article.authorId() != viewer.id()) {
            throw new ForbiddenException("only the author may change or delete article " + slug);
        }
        return article;
    }

    private ArticleList page(Query<Article> query, int limit, long offset, Optional<Viewer> viewer) {
        Page<Article> page = query.orderByDescending(Article_.createdAt).orderByDescending(Article_.id).page(limit, offset);
        List<Article> articles = page.items();
        if (articles.isEmpty()) {
            return new ArticleList(List.of(), page.total());
        }
        List<Long> ids = articles.stream().map(Article::id).toList();
        Map<Long, List<String>> tagLists = tags.tagsOf(ids);
        Map<Long, Profile> authors = profiles.profiles(articles.stream().map(Article::authorId).distinct().toList(), viewer);
        Set<Long> favorited = favoritedAmong(ids, viewer);
        List<ArticleSummary> summaries = articles.stream().map(a -> new ArticleSummary(a.slug(), a.title(), a.description(),
                tagLists.getOrDefault(a.id(), List.of()), a.createdAt(), a.updatedAt(),
                favorited.contains(a.id()), a.favoritesCount(), authors.get(a.authorId()))).toList();
        return new ArticleList(summaries, page.total());
    }

    /**
     * The article with this slug, its author, and whether the viewer follows the author and
     * favorited the article: one statement, joined along the foreign keys (no viewer matches no
     * follow and no favorite).
     */
    private ArticleRow row(String slug, Optional<Viewer> viewer) {
        Optional<Long> me = viewer.map(Viewer::id);
        return db.query(Article.class)
                .where(Article_.slug.eq(slug))
                .join(Article_.authorId)                                      // users ON users.id = articles.author_id
                .leftJoin(Follow_.followeeId, me.map(Follow_.followerId::eq).orElse(Condition.any()))
                .leftJoin(Favorite_.articleId, me.map(Favorite_.userId::eq).orElse(Condition.any()))
                .select(ArticleRow.class).first()
                .orElseThrow(() -> new NotFoundException("there is no article " + slug));
    }

    private ArticleView view(ArticleRow a, boolean favorited, int favoritesCount) {
        Profile author = new Profile(a.username(), a.bio(), a.image(), a.followerId() != null);
        return new ArticleView(a.slug(), a.title(), a.description(), a.body(), tags.tagsOf(a.id()), a.createdAt(),
                a.updatedAt(), favorited, favoritesCount, author);
    }

    private Set<Long> favoritedAmong(List<Long> articleIds, Optional<Viewer> viewer) {
        if (viewer.isEmpty()) {
            return Set.of();
        }
        return db.query(Favorite.class).where(Favorite_.userId.eq(viewer.get().id()).and(Favorite_.articleId.in(articleIds)))
                .listGroupedBy(Favorite_.articleId).keySet();
    }

    /** The tags of a request: none when absent; a blank or over-long one is a 422. */
    private static List<String> tagList(List<String> tagList) {
        if (tagList == null) {
            return List.of();
        }
        for (String tag : tagList) {
            if (tag.isBlank()) {
                throw new Unprocessable("tagList", "can't contain an empty tag");
            }
            if (tag.length() > 100) {
                throw new Unprocessable("tagList", "can't contain a tag longer than 100 characters");
            }
        }
        return tagList.stream().map(String::strip).toList();
    }

    private static ArticleList empty() {
        return new ArticleList(List.of(), 0);
    }
}
