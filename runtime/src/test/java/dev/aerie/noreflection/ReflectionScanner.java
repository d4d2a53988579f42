package dev.aerie.noreflection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds run-time reflection in compiled classes: any use of {@code java.lang.reflect},
 * {@code MethodHandles}/{@code MethodHandle}, {@code Class.forName}, {@code Class.getDeclared*}
 * and friends. Looks at instructions and member signatures, not at bootstrap methods, so the
 * {@code LambdaMetafactory} behind every lambda does not count.
 */
final class ReflectionScanner {
    private static final Set<String> CLASS_METHODS = Set.of("forName", "getDeclaredField", "getDeclaredFields",
            "getDeclaredMethod", "getDeclaredMethods", "getDeclaredConstructor", "getDeclaredConstructors",
            "getDeclaredClasses", "getField", "getFields", "getMethod", "getMethods", "getConstructor",
            "getConstructors", "newInstance", "getRecordComponents", "getEnclosingMethod", "getEnclosingConstructor");

    /** One use of reflection: the class, where in it, and what. */
    record Finding(String className, String where, String what) {
        @Override
        public String toString() {
            return className + " " + where + ": " + what;
        }
    }

    private ReflectionScanner() {}

    static List<Finding> scan(Path classFile) {
        try {
            return scan(Files.readAllBytes(classFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> scan(byte[] classBytes) {
        List<Finding> findings = new ArrayList<>();
        ClassReader reader = new ClassReader(classBytes);
        String className = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                check("field " + name, descriptor);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                check("method " + method, descriptor);
                String where = "method " + method;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                        if (owner.equals("java/lang/Class") && CLASS_METHODS.contains(name)) {
                            findings.add(new Finding(className, where, "calls Class." + name));
                        }
                        check(where, "L" + owner + ";");
                        check(where, desc);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                        check(where, "L" + owner + ";");
                        check(where, desc);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        check(where, "L" + type + ";");
                    }
                };
            }

            private void check(String where, String descriptor) {
                if (descriptor.contains("Ljava/lang/reflect/")) {
                    findings.add(new Finding(className, where, "uses java.lang.reflect (" + descriptor + ")"));
                }
                if (descriptor.contains("Ljava/lang/invoke/MethodHandle")) {
                    findings.add(new Finding(className, where, "uses method handles (" + descriptor + ")"));
                }
            }
        }, ClassReader.SKIP_DEBUG);
        return findings;
    }
}
