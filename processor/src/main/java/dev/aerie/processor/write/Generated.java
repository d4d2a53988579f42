package dev.aerie.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Parameter;

/** How values cross packages in the code the DI writers generate (the rest is in {@code codegen}). */
final class Generated {
    static final ClassName PROVIDER = ClassName.get("jakarta.inject", "Provider");

    private Generated() {}

    /**
     * The type a public generated method declares for a value: the value's own type when every
     * package can name it, otherwise {@code Object} (or {@code Provider<?>}) and a cast inside.
     */
    static TypeName parameterType(Dependency dependency) {
        if (dependency.provider()) {
            return ParameterizedTypeName.get(PROVIDER,
                    dependency.publicType() ? dependency.type() : WildcardTypeName.subtypeOf(Object.class));
        }
        return dependency.publicType() ? dependency.type() : ClassName.OBJECT;
    }

    /** The expression that passes parameter {@code p} on, cast back when it crossed as Object. */
    static CodeBlock argument(Parameter p) {
        Dependency d = p.dependency();
        if (d.publicType()) {
            return CodeBlock.of("$N", p.name());
        }
        TypeName type = d.provider() ? ParameterizedTypeName.get(PROVIDER, d.type()) : d.type();
        return CodeBlock.of("($T) $N", type, p.name());
    }

    /** Whether passing {@code p} on needs an unchecked cast. */
    static boolean unchecked(Parameter p) {
        Dependency d = p.dependency();
        return !d.publicType() && (d.provider() || d.type() instanceof ParameterizedTypeName);
    }

    static String lowerCamel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
