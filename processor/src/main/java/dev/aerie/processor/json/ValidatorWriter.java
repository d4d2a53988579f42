package dev.aerie.processor.json;

import static dev.aerie.processor.json.RuntimeNames.PATTERN;
import static dev.aerie.processor.json.RuntimeNames.VIOLATIONS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.json.ConstraintReader.Rules;
import dev.aerie.processor.json.ObjectModel.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code Book_Validator}: one static method that checks every constraint of a {@code Book}
 * and cascades into {@code @Valid} properties, collecting violations instead of stopping at the
 * first.
 */
final class ValidatorWriter {
    private ValidatorWriter() {}

    /** @param cascaded receives the types whose validators the written one calls */
    static JavaFile write(ObjectModel model, Map<Property, Rules> rules, Validations validations,
            Set<TypeElement> cascaded) throws JsonProblem {
        NameAllocator constants = new NameAllocator();
        List<FieldSpec> patterns = new ArrayList<>();
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addJavadoc("Adds every violation of {@code value}, whose own path is {@code path}, to {@code out}.\n"
                        + "Null is valid: {@code @NotNull} on the property holding it says otherwise.\n")
                .addModifiers(CodecWriter.visibility(model))
                .addModifiers(Modifier.STATIC)
                .addTypeVariables(model.typeVariables())
                .addParameter(model.typeUse(), "value")
                .addParameter(String.class, "path")
                .addParameter(VIOLATIONS, "out")
                .beginControlFlow("if (value == null)")
                .addStatement("return")
                .endControlFlow();
        for (Map.Entry<Property, Rules> entry : rules.entrySet()) {
            Property property = entry.getKey();
            validate.addCode(validations.checks(property.name(), property.json(), entry.getValue(),
                    CodeBlock.of("value.$L()", property.accessor()), CodeBlock.of("path"), CodeBlock.of("out"),
                    Optional.of(constraint -> {
                        String field = constants.allocate(NameAllocator.constantCase(property.name()) + "_PATTERN");
                        patterns.add(FieldSpec.builder(PATTERN, field,
                                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                                .initializer("$T.compile($S$L)", PATTERN, constraint.stringValue("regexp"),
                                        Validations.flagArguments(constraint))
                                .build());
                        return CodeBlock.of("$L", field);
                    }), cascaded));
        }
        TypeSpec.Builder validator = TypeSpec.classBuilder(model.validator())
                .addJavadoc("Checks the jakarta.validation constraints of {@link $T}.\n", model.type())
                .addAnnotation(Generation.GENERATED)
                .addModifiers(CodecWriter.visibility(model))
                .addModifiers(Modifier.FINAL)
                .addFields(patterns)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(validate.build());
        return Generation.javaFile(model.validator().packageName(), validator.build());
    }
}
