package dev.aerie.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The runtime JSON and validation code must not look anything up by reflection. */
class NoReflectionTest {

    @Test
    void mainClassesUseNoReflection() throws IOException {
        Path classes = Path.of("target/classes");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.addAll(ReflectionUses.in(new ClassReader(in)));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsReflection() throws IOException {
        try (InputStream in = NoReflectionTest.class.getResourceAsStream("NoReflectionTest$UsesReflection.class")) {
            assertEquals(List.of("dev/aerie/runtime/json/NoReflectionTest$UsesReflection.load calls java/lang/Class.forName"),
                    ReflectionUses.in(new ClassReader(in)));
        }
    }

    static final class UsesReflection {
        Object load() throws ClassNotFoundException {
            return Class.forName("java.lang.String");
        }
    }

    /** Calls into java.lang.reflect, java.lang.invoke.MethodHandles and Class.forName/getMethod & co. */
    static final class ReflectionUses {
        static List<String> in(ClassReader reader) {
            List<String> uses = new ArrayList<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    String where = reader.getClassName() + "." + name;
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            if (owner.startsWith("java/lang/reflect/") || owner.equals("java/lang/invoke/MethodHandles")
                                    || (owner.equals("java/lang/Class") && !method.equals("getSimpleName")
                                            && !method.equals("getName") && !method.equals("desiredAssertionStatus"))) {
                                uses.add(where + " calls " + owner + "." + method);
                            }
                        }
                    };
                }
            }, 0);
            return uses;
        }
    }
}
