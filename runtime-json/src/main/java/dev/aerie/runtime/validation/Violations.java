package dev.aerie.runtime.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations found while validating one value. Not thread-safe; one per validation. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Records that the property at {@code path} broke a constraint. */
    public void add(String path, String message) {
        found.add(new Violation(path, message));
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** What was found, in order. */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ConstraintViolationException} listing everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConstraintViolationException(found);
        }
    }

    /**
     * The path of property {@code name} of the value at {@code parent}: {@code author.name}. An
     * empty name is the value itself (a route's body that is a list validates as {@code [2].name}).
     */
    public static String property(String parent, String name) {
        return parent.isEmpty() ? name : name.isEmpty() ? parent : parent + "." + name;
    }

    /** The path of element {@code index} of the list at {@code parent}: {@code items[2]}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the value under {@code key} of the map at {@code parent}: {@code prices[EUR]}. */
    public static String entry(String parent, String key) {
        return parent + "[" + key + "]";
    }
}
