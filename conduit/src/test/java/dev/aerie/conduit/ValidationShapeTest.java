package dev.aerie.conduit;

import static dev.aerie.conduit.Api.errors;
import static dev.aerie.conduit.Api.unprocessable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every validation failure of every route that takes a body is a 422 in RealWorld's shape,
 * {@code {"errors":{"<field>":["<message>"]}}}, a taken username or email included; nothing is
 * written by a refused request.
 */
@AerieTest(ConduitModule.class)
class ValidationShapeTest {
    private final Api api;
    private User alice;
    private String slug;

    ValidationShapeTest(AerieClient http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void users() {
        alice = api.register("alice");
        slug = api.slug(alice, "Valid title");
    }

    @Test
    void registrationRefusesMissingBlankTooLongAndInvalidFields() {
        assertEquals(List.of("can't be empty"), unprocessable(api.http.post("/api/users",
                "{\"user\":{\"email\":\"bob@example.org\",\"password\":\"pw\"}}"), "username"));
        assertEquals(List.of("can't be empty"), unprocessable(api.http.post("/api/users",
                "{\"user\":{\"username\":\"   \",\"email\":\"bob@example.org\",\"password\":\"pw\"}}"), "username"));
        unprocessable(api.http.post("/api/users",
                "{\"user\":{\"username\":\"bob\",\"email\":\"not an email\",\"password\":\"pw\"}}"), "email");
        unprocessable(api.http.post("/api/users",
                "{\"user\":{\"username\":\"bob\",\"email\":\"bob@example.org\",\"password\":\"\"}}"), "password");
        unprocessable(api.http.post("/api/users", "{\"user\":{\"username\":\"" + "b".repeat(101)
                + "\",\"email\":\"bob@example.org\",\"password\":\"pw\"}}"), "username");
        // every field missing: all three named at once
        assertEquals(java.util.Set.of("username", "email", "password"),
                errors(api.http.post("/api/users", "{\"user\":{}}"), 422).keySet());
        assertEquals(422, api.http.post("/api/users", "{}").statusCode(), "no envelope");
        errors(api.http.post("/api/users", "{}"), 422);
        errors(api.http.post("/api/users", "null"), 422);
        errors(api.http.post("/api/users", ""), 422);
        errors(api.http.post("/api/users", "{\"user\":"), 422);
        errors(api.http.post("/api/users", "{\"user\":{\"username\":42,\"email\":\"b@example.org\",\"password\":\"pw\"}}"), 422);
        // had any of these stored bob (with password "pw"), this login would succeed
        errors(api.http.post("/api/users/login", "{\"user\":{\"email\":\"bob@example.org\",\"password\":\"pw\"}}"), 422);
    }

    @Test
    void aTakenUsernameOrEmailIs422() {
        assertEquals(List.of("has already been taken"), unprocessable(api.http.post("/api/users",
                "{\"user\":{\"username\":\"alice\",\"email\":\"other@example.org\",\"password\":\"pw\"}}"), "username"));
        assertEquals(List.of("has already been taken"), unprocessable(api.http.post("/api/users",
                "{\"user\":{\"username\":\"other\",\"email\":\"alice@example.org\",\"password\":\"pw\"}}"), "email"));
        User bob = api.register("bob");
        assertEquals(List.of("has already been taken"), unprocessable(api.as(bob).put("/api/user",
                "{\"user\":{\"username\":\"alice\"}}"), "username"));
        assertEquals(List.of("has already been taken"), unprocessable(api.as(bob).put("/api/user",
                "{\"user\":{\"email\":\"alice@example.org\"}}"), "email"));
        HttpResponse<String> me = api.as(bob).get("/api/user");
        assertEquals("bob", Api.string(Api.object(me, "user"), "username"), "bob is still bob");
        HttpResponse<String> same = api.as(bob).put("/api/user", "{\"user\":{\"username\":\"bob\",\"email\":\"bob@example.org\"}}");
        assertEquals(200, same.statusCode(), "one's own name and email are not taken: " + same.body());
    }

    @Test
    void loginRefusesBlankFieldsAndWrongCredentials() {
        unprocessable(api.http.post("/api/users/login", "{\"user\":{\"email\":\"\",\"password\":\"pw\"}}"), "email");
        unprocessable(api.http.post("/api/users/login", "{\"user\":{\"email\":\"alice@example.org\"}}"), "password");
        errors(api.http.post("/api/users/login", "{\"user\":{\"email\":\"alice@example.org\",\"password\":\"wrong\"}}"), 422);
        errors(api.http.post("/api/users/login", "{\"user\":{\"email\":\"nobody@example.org\",\"password\":\"pw\"}}"), 422);
        errors(api.http.post("/api/users/login", "[]"), 422);
    }

    @Test
    void updatingTheUserRefusesBlankTooLongAndInvalidFields() {
        AerieClient asAlice = api.as(alice);
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"username\":\"\"}}"), "username");
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"email\":\" \"}}"), "email");
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"email\":\"nope\"}}"), "email");
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"password\":\"\"}}"), "password");
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"bio\":\"" + "b".repeat(2001) + "\"}}"), "bio");
        unprocessable(asAlice.put("/api/user", "{\"user\":{\"image\":\"" + "i".repeat(2001) + "\"}}"), "image");
        errors(asAlice.put("/api/user", "{}"), 422);
        errors(asAlice.put("/api/user", "{\"user\":null}"), 422);
        HttpResponse<String> me = asAlice.get("/api/user");
        assertEquals("alice@example.org", Api.string(Api.object(me, "user"), "email"), "nothing changed");
    }

    @Test
    void creatingAnArticleRefusesMissingBlankAndTooLongFieldsAndTags() {
        AerieClient asAlice = api.as(alice);
        assertEquals(java.util.Set.of("title", "description", "body"),
                errors(asAlice.post("/api/articles", "{\"article\":{}}"), 422).keySet());
        unprocessable(asAlice.post("/api/articles",
                "{\"article\":{\"title\":\" \",\"description\":\"d\",\"body\":\"b\"}}"), "title");
        unprocessable(asAlice.post("/api/articles",
                "{\"article\":{\"title\":\"" + "t".repeat(201) + "\",\"description\":\"d\",\"body\":\"b\"}}"), "title");
        unprocessable(asAlice.post("/api/articles",
                "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"ok\",\" \"]}}"), "tagList");
        unprocessable(asAlice.post("/api/articles", "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\""
                + "x".repeat(101) + "\"]}}"), "tagList");
        unprocessable(asAlice.post("/api/articles", "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\",\"tagList\":"
                + Api.json(java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList()) + "}}"), "tagList");
        errors(asAlice.post("/api/articles", "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\",\"tagList\":\"one\"}}"), 422);
        errors(asAlice.post("/api/articles", "{\"article\":null}"), 422);
        errors(asAlice.post("/api/articles", "nonsense"), 422);
        long count = Api.number(Api.parse(api.http.get("/api/articles").body()), "articlesCount");
        assertEquals(1, count, "only the article of setUp exists: " + api.http.get("/api/articles").body());
    }

    @Test
    void updatingAnArticleRefusesBlankAndTooLongFields() {
        AerieClient asAlice = api.as(alice);
        unprocessable(asAlice.put("/api/articles/" + slug, "{\"article\":{\"title\":\"\"}}"), "title");
        unprocessable(asAlice.put("/api/articles/" + slug, "{\"article\":{\"description\":\"  \"}}"), "description");
        unprocessable(asAlice.put("/api/articles/" + slug, "{\"article\":{\"body\":\"\"}}"), "body");
        unprocessable(asAlice.put("/api/articles/" + slug, "{\"article\":{\"description\":\"" + "d".repeat(2001) + "\"}}"),
                "description");
        unprocessable(asAlice.put("/api/articles/" + slug, "{\"article\":{\"tagList\":[\"\"]}}"), "tagList");
        errors(asAlice.put("/api/articles/" + slug, "{\"article\":7}"), 422);
        HttpResponse<String> read = api.http.get("/api/articles/" + slug);
        assertEquals("Valid title", Api.string(Api.object(read, "article"), "title"), "nothing changed");
    }

    @Test
    void commentingRefusesAMissingOrBlankBody() {
        AerieClient asAlice = api.as(alice);
        unprocessable(asAlice.post("/api/articles/" + slug + "/comments", "{\"comment\":{\"body\":\"\"}}"), "body");
        unprocessable(asAlice.post("/api/articles/" + slug + "/comments", "{\"comment\":{}}"), "body");
        errors(asAlice.post("/api/articles/" + slug + "/comments", "{}"), 422);
        errors(asAlice.post("/api/articles/" + slug + "/comments", "{\"comment\":{\"body\":[1]}}"), 422);
        assertTrue(Api.list(api.http.get("/api/articles/" + slug + "/comments"), "comments").isEmpty(), "no comment stored");
    }

    @Test
    void aBadQueryValueIs422NotA500() {
        errors(api.http.get("/api/articles?limit=abc"), 422);
        errors(api.http.get("/api/articles?limit=-1"), 422);
        errors(api.http.get("/api/articles?limit=101"), 422);
        errors(api.http.get("/api/articles?offset=-5"), 422);
        errors(api.as(alice).get("/api/articles/feed?limit=x"), 422);
    }
}
