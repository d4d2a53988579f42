package dev.aerie.conduit;

import static dev.aerie.conduit.Api.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 403 when a user edits or deletes another user's article or comment, and nothing changes (read back). */
@AerieTest(ConduitModule.class)
class OwnershipTest {
    private final Api api;
    private User author;
    private User other;
    private String slug;
    private long commentId;
    private Map<String, Object> before;

    OwnershipTest(AerieClient http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void data() {
        author = api.register("author");
        other = api.register("other");
        slug = Api.string(api.article(author, "Mine", List.of("own")), "slug");
        commentId = Api.number(api.comment(author, slug, "my comment"), "id");
        before = Api.object(api.http.get("/api/articles/" + slug), "article");
    }

    private void assertUnchanged() {
        assertEquals(before, Api.object(api.http.get("/api/articles/" + slug), "article"), "the article is as it was");
        List<Map<String, Object>> comments = Api.list(api.http.get("/api/articles/" + slug + "/comments"), "comments");
        assertEquals(1, comments.size());
        assertEquals("my comment", comments.get(0).get("body"));
    }

    @Test
    void editingAnotherUsersArticleIs403() {
        errors(api.as(other).put("/api/articles/" + slug,
                "{\"article\":{\"title\":\"Stolen\",\"body\":\"changed\",\"tagList\":[\"stolen\"]}}"), 403);
        assertUnchanged();
        assertEquals(0, Api.number(Api.parse(api.http.get("/api/articles?tag=stolen").body()), "articlesCount"));
    }

    @Test
    void deletingAnotherUsersArticleIs403() {
        errors(api.send(other, "DELETE", "/api/articles/" + slug, ""), 403);
        assertUnchanged();
    }

    @Test
    void deletingAnotherUsersCommentIs403() {
        errors(api.send(other, "DELETE", "/api/articles/" + slug + "/comments/" + commentId, ""), 403);
        assertUnchanged();
    }

    @Test
    void theAuthorMayDoAllOfIt() {
        // the same requests by the author succeed: the 403s above are about who asks
        assertEquals(200, api.as(author).put("/api/articles/" + slug, "{\"article\":{\"body\":\"changed\"}}").statusCode());
        assertEquals(204, api.send(author, "DELETE", "/api/articles/" + slug + "/comments/" + commentId, "").statusCode());
        assertTrue(Api.list(api.http.get("/api/articles/" + slug + "/comments"), "comments").isEmpty());
        assertEquals(204, api.send(author, "DELETE", "/api/articles/" + slug, "").statusCode());
        errors(api.http.get("/api/articles/" + slug), 404);
    }
}
