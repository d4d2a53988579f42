package dev.aerie.runtime.validation;

/**
 * One broken constraint.
 *
 * @param path the property, as {@code title}, {@code author.name}, {@code items[2].name} or
 *     {@code prices[EUR]}; empty for the validated value itself
 * @param message what is wrong, as Bean Validation's default messages say it ("must not be blank")
 */
public record Violation(String path, String message) {}
