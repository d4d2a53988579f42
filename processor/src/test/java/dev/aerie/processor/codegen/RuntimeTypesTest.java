package dev.aerie.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name in {@link RuntimeTypes} is a class of the runtime's sources, so a runtime class that
 * moves fails here, naming the constant, instead of in generated code of an application.
 */
class RuntimeTypesTest {
    private static final List<Path> SOURCES = List.of(
            Path.of("..", "runtime", "src", "main", "java"), Path.of("..", "runtime-json", "src", "main", "java"));

    @Test
    void everyRuntimeTypeIsARuntimeSource() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Field field : RuntimeTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof ClassName name) {
                checked++;
                String path = name.packageName().replace('.', '/') + "/" + name.simpleNames().get(0) + ".java";
                if (SOURCES.stream().noneMatch(root -> Files.isRegularFile(root.resolve(path)))) {
                    missing.add(field.getName() + " = " + name.canonicalName());
                }
            }
        }
        assertTrue(checked > 10, "read the constants");
        assertEquals(List.of(), missing, "RuntimeTypes names classes the runtime does not have; update RuntimeTypes");
    }

    @Test
    void generatedCodeNamesOnlyInternalRuntimePackagesOrConfigAndJson() throws IllegalAccessException {
        for (Field field : RuntimeTypes.class.getFields()) {
            if (field.get(null) instanceof ClassName name && name.packageName().startsWith("dev.aerie.runtime")) {
                String pkg = name.packageName();
                assertTrue(pkg.startsWith("dev.aerie.runtime.internal") || pkg.equals("dev.aerie.runtime.config")
                        || pkg.equals("dev.aerie.runtime.json") || pkg.equals("dev.aerie.runtime.validation"), field.getName());
            }
        }
    }
}
