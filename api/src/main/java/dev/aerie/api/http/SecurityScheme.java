package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a client authenticates to the routes a {@link Guard} protects, for the generated OpenAPI
 * document: on a guard class, every operation that guard runs on gets
 * {@code "security": [{"<name>": []}]}, and {@code components.securitySchemes} describes the scheme.
 * Guards without it leave the document as it was.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SecurityScheme {
    /** The scheme's name in the document, such as {@code jwt}. */
    String name();

    /** {@code http} (a scheme of the Authorization header, such as bearer) or {@code apiKey} (a named header, query parameter or cookie). */
    Type type();

    /** For {@link Type#HTTP}: the scheme word, {@code bearer} by default. */
    String scheme() default "bearer";

    /** For {@link Type#HTTP} with {@code bearer}: what the token is, such as {@code JWT}; none by default. */
    String bearerFormat() default "";

    /** For {@link Type#API_KEY}: the header, query parameter or cookie holding the credential. */
    String parameterName() default "Authorization";

    /** For {@link Type#API_KEY}: where {@link #parameterName()} is sent. */
    Location in() default Location.HEADER;

    /** What a client must send, for people reading the document. */
    String description() default "";

    /** OpenAPI's security scheme types that Aerie describes. */
    enum Type { HTTP, API_KEY }

    /** Where an API key is sent. */
    enum Location { HEADER, QUERY, COOKIE }
}
