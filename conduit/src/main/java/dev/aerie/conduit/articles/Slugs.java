package dev.aerie.conduit.articles;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from titles: {@code How to train your dragon!} is {@code how-to-train-your-dragon}. */
final class Slugs {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX = 200;

    private Slugs() {}

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** The slug with a random suffix, for a title whose slug is taken. */
    static String withSuffix(String slug) {
        return slug + "-" + Long.toString(RANDOM.nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
    }
}
