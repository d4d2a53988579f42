package dev.aerie.api.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public record whose components are configuration values under one prefix, injectable
 * anywhere in the application. The processor writes the code that reads it (no reflection) and
 * checks every component at compile time: {@code String}, {@code int}, {@code long},
 * {@code boolean}, {@code java.time.Duration}, {@code List<String>}, or an {@code Optional} of
 * {@code String}, {@code Integer}, {@code Long}, {@code Boolean} or {@code Duration}. Any other
 * type is a compiler error on the component.
 *
 * <p>Component {@code maxLength} of {@code @ConfigProperties("security.jwt")} reads key
 * {@code security.jwt.max-length}. A component that is not an {@code Optional} and has no
 * {@link ConfigDefault} is required: the application does not start without it.
 *
 * <pre>{@code
 * @ConfigProperties("shop.checkout")
 * public record CheckoutSettings(String currency, @ConfigDefault("15m") Duration holdCart, Optional<String> coupon) {}
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface ConfigProperties {
    /** The prefix of the keys, dotted lower-case words such as {@code security.jwt}. */
    String value();
}
