package dev.aerie.runtime.internal.db.queries;

import dev.aerie.api.db.Queries;
import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Sql;
import java.util.List;
import java.util.Optional;

/** One method per result shape the generated implementation supports. */
@Queries
public interface NoteQueries {
    @Sql("INSERT INTO qry_notes (title, stars, tag) VALUES (:title, :stars, :tag)")
    int add(String title, int stars, String tag);

    @Sql("SELECT id, title, stars, tag FROM qry_notes WHERE title = :title")
    Optional<QryNote> byTitle(String title);

    @Sql("SELECT id, title, stars, tag FROM qry_notes WHERE title = :title")
    QryNote one(String title);

    @Sql("SELECT id, title, stars, tag FROM qry_notes WHERE stars >= :min ORDER BY stars DESC, title")
    List<QryNote> atLeast(int min);

    @Sql("SELECT title, stars FROM qry_notes WHERE id IN (:ids) ORDER BY title")
    List<NoteStars> starsOf(List<Long> ids);

    @Sql("SELECT title FROM qry_notes WHERE tag = :tag ORDER BY title")
    List<String> titlesTagged(String tag);

    @Sql("SELECT COUNT(*) FROM qry_notes")
    long count();

    @Sql("SELECT MAX(stars) FROM qry_notes WHERE tag = :tag")
    Optional<Integer> bestTagged(String tag);

    @Sql("SELECT id, title, stars, tag FROM qry_notes ORDER BY id")
    ResultStream<QryNote> all();

    @Sql("UPDATE qry_notes SET stars = stars + 1 WHERE tag = :tag")
    long starTagged(String tag);

    @Sql("DELETE FROM qry_notes")
    void clear();
}
