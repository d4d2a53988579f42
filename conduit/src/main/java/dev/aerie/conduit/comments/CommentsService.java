package dev.aerie.conduit.comments;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.conduit.articles.Article;
import dev.aerie.conduit.articles.ArticlesService;
import dev.aerie.conduit.comments.CommentViews.CommentView;
import dev.aerie.conduit.comments.CommentViews.NewComment;
import dev.aerie.conduit.profiles.Profile;
import dev.aerie.conduit.profiles.ProfilesService;
import dev.aerie.conduit.users.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Comments on articles; the comments of an article with their authors in a constant number of statements. */
@Injectable
public final class CommentsService {
    private final Session db;
    private final ArticlesService articles;
    private final ProfilesService profiles;

    CommentsService(Session db, ArticlesService articles, ProfilesService profiles) {
        this.db = db;
        this.articles = articles;
        this.profiles = profiles;
    }

    public CommentView add(String slug, NewComment in, Viewer viewer) {
        Article article = articles.bySlug(slug);
        Comment comment = db.insert(new Comment(null, article.id(), viewer.id(), in.body(), null, null));
        return view(comment, profiles.profiles(List.of(viewer.id()), Optional.of(viewer)));
    }

    /** Newest first. */
    public List<CommentView> of(String slug, Optional<Viewer> viewer) {
        Article article = articles.bySlug(slug);
        List<Comment> comments = db.query(Comment.class).where(Comment_.articleId.eq(article.id()))
                .orderByDescending(Comment_.createdAt).orderByDescending(Comment_.id).list();
        Map<Long, Profile> authors = profiles.profiles(comments.stream().map(Comment::authorId).distinct().toList(), viewer);
        return comments.stream().map(c -> view(c, authors)).toList();
    }

    public void delete(String slug, long id, Viewer viewer) {
        Article article = articles.bySlug(slug);
        Comment comment = db.find(Comment.class, id).filter(c -> c.articleId() == article.id())
                .orElseThrow(() -> new NotFoundException("article " + slug + " has no comment " + id));
        if (comment.authorId() != viewer.id()) {
            throw new ForbiddenException("only its author may delete comment " + id);
        }
        db.delete(comment);
    }

    private static CommentView view(Comment c, Map<Long, Profile> authors) {
        return new CommentView(c.id(), c.createdAt(), c.updatedAt(), c.body(),
                authors.get(c.authorId()));
    }
}
