package dev.aerie.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Validates the names users type and derives class, package, path and table names from them. */
final class Names {
    private static final Pattern PROJECT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern FEATURE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private Names() {}

    /** A project name: a folder and a Maven artifactId. */
    static String project(String name) {
        if (!PROJECT.matcher(name).matches()) {
            throw new CliException("'" + name + "' is not a project name: use letters, digits, '-' and '_',"
                    + " starting with a letter (for example: shop, book-store)");
        }
        return name;
    }

    static String packageName(String name) {
        if (!SourceVersion.isName(name) || !name.equals(name.toLowerCase(Locale.ROOT)) || name.contains("$")) {
            throw new CliException("'" + name + "' is not a Java package name: use lower-case Java identifiers"
                    + " separated by dots, none a keyword (for example: com.example.shop)");
        }
        return name;
    }

    /** com.example.{project without '-' and '_'} */
    static String defaultPackage(String project) {
        String last = project.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String candidate = "com.example." + last;
        return SourceVersion.isName(candidate) ? candidate : "com.example.app" + last;
    }

    /** What {@code generate} is given: a Java identifier of letters and digits, such as product or orderLine. */
    static Feature feature(String name) {
        if (!FEATURE.matcher(name).matches()) {
            throw new CliException("'" + name + "' is not a usable name: use letters and digits, starting with a"
                    + " letter (for example: product, orderLine)");
        }
        return new Feature(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /** A name in its forms: Product, Products, products (package), products (path), products (table). */
    record Feature(String pascal) {
        String plural() {
            String lower = pascal.toLowerCase(Locale.ROOT);
            if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
                return pascal + "es";
            }
            if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
                return pascal.substring(0, pascal.length() - 1) + "ies";
            }
            return pascal + "s";
        }

        /** The feature's package, the name in lower case: orderLine gives orderline. */
        String packageSegment() {
            return pascal.toLowerCase(Locale.ROOT);
        }

        Feature pluralFeature() {
            return new Feature(plural());
        }

        /** orderLines gives order-lines */
        String path() {
            return words("-");
        }

        /** orderLines gives order_lines */
        String table() {
            return words("_");
        }

        private String words(String separator) {
            return pascal.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(Locale.ROOT);
        }
    }
}
