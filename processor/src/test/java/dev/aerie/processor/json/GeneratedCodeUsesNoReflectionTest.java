package dev.aerie.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Generated codecs and validators call nothing reflective. */
class GeneratedCodeUsesNoReflectionTest {

    @Test
    void generatedClassesCallNoReflection() {
        Compiled compiled = GoldenJsonTest.compile();
        Map<String, byte[]> generated = new TreeMap<>(compiled.classFiles());
        generated.keySet().removeIf(name -> !name.endsWith("_JsonCodec") && !name.endsWith("_Validator"));
        assertTrue(generated.size() >= 5, "codecs and validators were generated: " + generated.keySet());
        List<String> uses = new ArrayList<>();
        generated.values().forEach(bytes -> uses.addAll(reflectiveCalls(new ClassReader(bytes))));
        assertEquals(List.of(), uses);
    }

    @Test
    void theScanSeesReflection() {
        Compiled compiled = Compiled.load("test.Uses", """
                package test;
                public final class Uses {
                    Object load() throws Exception { return Class.forName("java.lang.String").getMethod("length"); }
                }
                """);
        assertEquals(List.of("test/Uses.load calls java/lang/Class.forName", "test/Uses.load calls java/lang/Class.getMethod"),
                reflectiveCalls(new ClassReader(compiled.classFiles().get("test.Uses"))));
    }

    private static List<String> reflectiveCalls(ClassReader reader) {
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
