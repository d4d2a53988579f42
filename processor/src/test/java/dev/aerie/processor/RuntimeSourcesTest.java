package dev.aerie.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The runtime classes processor tests compile generated code against are complete on their own:
 * when a runtime change makes one of them need another class, this says to list it in
 * {@link RuntimeSources} rather than every compile test failing for the same reason.
 */
class RuntimeSourcesTest {

    @Test
    void theListedRuntimeClassesCompileOnTheirOwn() {
        List<JavaFileObject> sources = new ArrayList<>(RuntimeSources.container());
        sources.addAll(RuntimeSources.orm());
        assertThat(javac().withOptions("-Xlint:all", "-Werror").compile(sources)).succeededWithoutWarnings();
    }
}
