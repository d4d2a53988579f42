package dev.aerie.noreflection;

/** Deliberately reflective: proves that {@link ReflectionScanner} catches each kind of use. */
final class UsesReflection {
    private UsesReflection() {}

    static Object byName(String name) throws ClassNotFoundException {
        return Class.forName(name);
    }

    static int fields(Class<?> type) {
        return type.getDeclaredFields().length;
    }

    static Object method(Class<?> type) throws NoSuchMethodException {
        java.lang.reflect.Method m = type.getMethod("toString");
        return m;
    }

    static Object lookup() {
        return java.lang.invoke.MethodHandles.lookup();
    }

    static Runnable lambda() {
        return () -> {}; // a lambda alone is not reflection
    }
}
