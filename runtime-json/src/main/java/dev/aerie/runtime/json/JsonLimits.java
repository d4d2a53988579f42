package dev.aerie.runtime.json;

/**
 * Limits on a JSON document read from a client. Breaking one is a {@link JsonBindException}.
 * The size of the whole body is the HTTP layer's limit, not this one.
 *
 * @param maxNestingDepth how deeply arrays and objects may nest (default 64)
 * @param maxStringLength the longest string value, in characters (default 1,000,000)
 * @param maxNameLength the longest field name, in characters (default 1,000)
 * @param maxNumberLength the longest number, in characters (default 1,000)
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {

    /** The defaults described above. */
    public static final JsonLimits DEFAULT = new JsonLimits(64, 1_000_000, 1_000, 1_000);

    public JsonLimits {
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNameLength", maxNameLength);
        positive("maxNumberLength", maxNumberLength);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
