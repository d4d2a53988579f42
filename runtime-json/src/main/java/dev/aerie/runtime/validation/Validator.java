package dev.aerie.runtime.validation;

/**
 * Validates a value of one type; generated validators' {@code validate} methods fit it as
 * method references ({@code Book_Validator::validate}).
 */
@FunctionalInterface
public interface Validator<T> {

    /** Adds to {@code out} every violation of {@code value}, whose own path is {@code path}. Null is valid. */
    void validate(T value, String path, Violations out);
}
