package dev.aerie.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the text of a {@code @Module} class: adds a class to one of the annotation's attributes
 * ({@code imports}, {@code controllers}, {@code providers}) and adds import statements, keeping
 * everything else as written. Comments and string literals are ignored while looking.
 */
final class ModuleSource {
    private static final Pattern MODULE = Pattern.compile("@(?:dev\\.aerie\\.api\\.)?Module\\b(?!\\s*\\.)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?s)\\s*([A-Za-z_$][\\w$]*)\\s*=\\s*(.*?)\\s*");
    private static final Pattern CLASS_LITERAL = Pattern.compile("[A-Za-z_$][\\w$.]*\\.class");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;[ \\t]*\\n?");

    private final String file;

    /** {@code file} names the source in messages. */
    ModuleSource(String file) {
        this.file = file;
    }

    /** Adds {@code simpleName.class} to {@code attribute} of the one {@code @Module} in {@code source}. */
    String addToAttribute(String source, String attribute, String simpleName) {
        String mask = mask(source);
        Matcher module = MODULE.matcher(mask);
        List<Integer> found = new ArrayList<>();
        while (module.find()) {
            found.add(module.end());
        }
        if (found.size() != 1) {
            throw refuse((found.isEmpty() ? "no @Module annotation" : found.size() + " @Module annotations")
                    + " found, expected exactly one");
        }
        String literal = simpleName + ".class";
        int afterName = found.get(0);
        int open = skipSpace(mask, afterName);
        if (open >= mask.length() || mask.charAt(open) != '(') {
            return source.substring(0, afterName) + "(" + attribute + " = " + literal + ")" + source.substring(afterName);
        }
        int close = closing(mask, open);
        List<int[]> parts = split(mask, open + 1, close);
        if (parts.size() == 1 && mask.substring(open + 1, close).isBlank()) {
            return source.substring(0, open + 1) + attribute + " = " + literal + source.substring(close);
        }
        for (int[] part : parts) {
            Matcher named = ATTRIBUTE.matcher(mask.substring(part[0], part[1]));
            if (!named.matches()) {
                throw refuse("cannot read the @Module argument '" + source.substring(part[0], part[1]).strip()
                        + "'; write it as name = value");
            }
            if (!named.group(1).equals(attribute)) {
                continue;
            }
            int valueStart = part[0] + named.start(2);
            int valueEnd = part[0] + named.end(2);
            String value = mask.substring(valueStart, valueEnd);
            if (value.startsWith("{") && value.endsWith("}")) {
                return addToArray(source, mask, attribute, literal, valueStart, valueEnd);
            }
            if (CLASS_LITERAL.matcher(value).matches()) {
                checkAbsent(value.equals(literal) || value.endsWith("." + literal), attribute, literal);
                return source.substring(0, valueStart) + "{" + source.substring(valueStart, valueEnd) + ", " + literal + "}"
                        + source.substring(valueEnd);
            }
            throw refuse(attribute + " = " + source.substring(valueStart, valueEnd)
                    + " is neither a class literal nor an array of class literals; add " + literal + " by hand");
        }
        int first = skipSpace(mask, parts.get(0)[0]);
        return source.substring(0, first) + attribute + " = " + literal + ", " + source.substring(first);
    }

    private String addToArray(String source, String mask, String attribute, String literal, int open, int end) {
        int close = end - 1;
        List<int[]> elements = new ArrayList<>();
        for (int[] element : split(mask, open + 1, close)) {
            String text = mask.substring(element[0], element[1]).strip();
            if (!text.isEmpty()) {
                if (!CLASS_LITERAL.matcher(text).matches()) {
                    throw refuse(attribute + " lists '" + source.substring(element[0], element[1]).strip()
                            + "', which is not a class literal; add " + literal + " by hand");
                }
                checkAbsent(text.equals(literal) || text.endsWith("." + literal), attribute, literal);
                int start = skipSpace(mask, element[0]);
                elements.add(new int[] {start, start + text.length()});
            }
        }
        if (elements.isEmpty()) {
            return source.substring(0, open + 1) + literal + source.substring(close);
        }
        int last = elements.get(elements.size() - 1)[1];
        // between the last two elements, as written (", " or ",\n        "): the new one lines up
        String separator = elements.size() >= 2
                ? source.substring(elements.get(elements.size() - 2)[1], elements.get(elements.size() - 1)[0])
                : ", ";
        return source.substring(0, last) + separator + literal + source.substring(last);
    }

    /** Adds {@code import qualifiedName;} among the imports, in order, unless it is there or needless. */
    String addImport(String source, String qualifiedName) {
        String mask = mask(source);
        Matcher pkg = PACKAGE.matcher(mask);
        if (!pkg.find()) {
            throw refuse("no package declaration found; classes in the default package are not supported");
        }
        String own = pkg.group(1);
        String target = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        if (target.equals(own)) {
            return source;
        }
        String line = "import " + qualifiedName + ";\n";
        Matcher imports = IMPORT.matcher(mask);
        int lastEnd = -1;
        int lastStaticEnd = -1;
        while (imports.find()) {
            if (imports.group(1) != null) {
                lastStaticEnd = imports.end();
                continue;
            }
            String name = imports.group(2);
            if (name.equals(qualifiedName) || name.equals(target + ".*")) {
                return source;
            }
            if (name.compareTo(qualifiedName) > 0) {
                return source.substring(0, imports.start()) + line + source.substring(imports.start());
            }
            lastEnd = imports.end();
        }
        lastEnd = lastEnd >= 0 ? lastEnd : lastStaticEnd;
        if (lastEnd >= 0) {
            String before = source.substring(0, lastEnd);
            return before + (before.endsWith("\n") ? "" : "\n") + line + source.substring(lastEnd);
        }
        return source.substring(0, pkg.end()) + "\n\n" + line.strip() + source.substring(pkg.end());
    }

    private void checkAbsent(boolean present, String attribute, String literal) {
        if (present) {
            throw refuse(attribute + " already lists " + literal);
        }
    }

    private CliException refuse(String why) {
        return new CliException("cannot edit " + file + ": " + why + ". Nothing was written.");
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the ')' that closes the '(' at {@code open}. */
    private int closing(String mask, int open) {
        int depth = 0;
        for (int i = open; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
                if (depth == 0) {
                    if (c != ')') {
                        break;
                    }
                    return i;
                }
            }
        }
        throw refuse("the @Module(...) parentheses do not balance");
    }

    /** [start, end) of each part between commas at nesting depth 0 in {@code mask[from, to)}. */
    private static List<int[]> split(String mask, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = mask.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    /** {@code source} with comments and the contents of string and char literals blanked, same length. */
    static String mask(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                blank(out, i + 3, Math.max(i + 3, end - 3));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, n));
                i = Math.min(j + 1, n);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to && k < out.length(); k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }
}
