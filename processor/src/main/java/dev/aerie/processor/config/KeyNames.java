package dev.aerie.processor.config;

import java.util.regex.Pattern;

/** Component names to configuration keys: {@code maxLength} to {@code max-length}, {@code baseURL} to {@code base-url}. */
final class KeyNames {
    static final Pattern PREFIX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    private KeyNames() {}

    static String kebab(String camel) {
        StringBuilder key = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
                boolean acronymEnd = i > 0 && i + 1 < camel.length() && Character.isUpperCase(camel.charAt(i - 1))
                        && Character.isLowerCase(camel.charAt(i + 1));
                if (afterLower || acronymEnd) {
                    key.append('-');
                }
                key.append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
