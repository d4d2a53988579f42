package dev.aerie.processor.json;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hands out distinct Java names in one generated class, deterministically. */
final class NameAllocator {
    private final Set<String> taken = new HashSet<>();

    NameAllocator(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    /** {@code wanted}, or {@code wanted_2}, {@code wanted_3}... if it is taken. */
    String allocate(String wanted) {
        String name = wanted;
        for (int i = 2; !taken.add(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }

    /** {@code authorId} to {@code AUTHOR_ID}. */
    static String constantCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isUpperCase(ch) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))
                    && name.charAt(i - 1) != '_') {
                out.append('_');
            }
            out.append(ch);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
