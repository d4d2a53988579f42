package dev.aerie.processor.json;

import static dev.aerie.processor.json.RuntimeNames.IO_EXCEPTION;
import static dev.aerie.processor.json.RuntimeNames.JSON_CODEC;
import static dev.aerie.processor.json.RuntimeNames.JSON_GENERATOR;
import static dev.aerie.processor.json.RuntimeNames.JSON_PARSER;
import static dev.aerie.processor.json.RuntimeNames.JSON_READS;
import static dev.aerie.processor.json.RuntimeNames.JSON_TOKEN;
import static dev.aerie.processor.json.RuntimeNames.OPTIONAL;
import static dev.aerie.processor.json.RuntimeNames.SERIALIZABLE_STRING;
import static dev.aerie.processor.json.RuntimeNames.SERIALIZED_STRING;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.JsonType.Scalar;
import dev.aerie.processor.json.JsonType.TypeParameter;
import dev.aerie.processor.json.ObjectModel.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Book_JsonCodec}: a stateless {@code JsonCodec<Book>} on jackson's streaming API.
 * Properties are written in declaration order, nulls included; reading accepts them in any order,
 * skips unknown fields, refuses duplicates and requires the non-nullable primitives.
 */
final class CodecWriter {
    private static final List<String> READ_LOCALS = List.of("in", "out", "value", "seen", "field", "e");

    private CodecWriter() {}

    static JavaFile write(ObjectModel model) {
        NameAllocator constants = new NameAllocator("INSTANCE");
        NameAllocator instanceFields = new NameAllocator();
        NameAllocator locals = new NameAllocator(READ_LOCALS.toArray(String[]::new));
        // a generic record's codec takes its type parameters' codecs: codecs built from them are instance fields
        Map<Integer, String> parameterFields = new LinkedHashMap<>();
        for (int i = 0; i < model.typeVariables().size(); i++) {
            parameterFields.put(i, instanceFields.allocate(lowerFirst(model.typeVariables().get(i).name()) + "Codec"));
        }
        Function<TypeParameter, CodeBlock> parameters = p -> CodeBlock.of("$L", parameterFields.get(p.index()));
        List<Slot> slots = new ArrayList<>();
        for (int bit = 0; bit < model.properties().size(); bit++) {
            Property property = model.properties().get(bit);
            String base = NameAllocator.constantCase(property.name());
            String nameConstant = constants.allocate(base);
            String codecConstant = CodecExpressions.isConstant(property.json())
                    ? null
                    : model.isGeneric()
                            ? instanceFields.allocate(property.name() + "Codec")
                            : constants.allocate(base + "_CODEC");
            slots.add(new Slot(property, bit, nameConstant, codecConstant, locals.allocate(property.name()),
                    parameters));
        }

        TypeSpec.Builder codec = TypeSpec.classBuilder(model.codec())
                .addJavadoc("Reads and writes {@link $T} as JSON.\n", model.type())
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.FINAL)
                .addTypeVariables(model.typeVariables())
                .addSuperinterface(ParameterizedTypeName.get(JSON_CODEC, model.typeUse()));
        if (!model.isGeneric()) {
            codec.addField(FieldSpec.builder(model.codec(), "INSTANCE", visibility(model))
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The one instance; codecs are stateless.\n")
                    .initializer("new $T()", model.codec())
                    .build());
        }
        if (model.codecPublic()) {
            codec.addModifiers(Modifier.PUBLIC);
        }
        for (Slot slot : slots) {
            codec.addField(FieldSpec.builder(SERIALIZABLE_STRING, slot.nameConstant,
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S)", SERIALIZED_STRING, slot.property.name())
                    .build());
        }
        if (model.isGeneric()) {
            genericFields(model, codec, slots, parameterFields, parameters);
        } else {
            for (Slot slot : slots) {
                if (slot.codecConstant != null) {
                    codec.addField(FieldSpec.builder(CodecExpressions.codecType(slot.property.json()),
                                    slot.codecConstant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer(CodecExpressions.of(slot.property.json()))
                            .build());
                }
            }
            codec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        }
        codec.addMethod(writeMethod(model, slots));
        codec.addMethod(readMethod(model, slots));
        return Generation.javaFile(model.codec().packageName(), codec.build());
    }

    /** The codecs of the type parameters, given to the constructor, and the codecs built from them. */
    private static void genericFields(ObjectModel model, TypeSpec.Builder codec, List<Slot> slots,
            Map<Integer, String> parameterFields, Function<TypeParameter, CodeBlock> parameters) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A codec of {@link $T} whose type arguments use the given codecs.\n", model.type())
                .addModifiers(visibility(model));
        for (Map.Entry<Integer, String> parameter : parameterFields.entrySet()) {
            TypeName codecType = ParameterizedTypeName.get(JSON_CODEC, model.typeVariables().get(parameter.getKey()));
            codec.addField(codecType, parameter.getValue(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(codecType, parameter.getValue())
                    .addStatement("this.$L = $L", parameter.getValue(), parameter.getValue());
        }
        for (Slot slot : slots) {
            if (slot.codecConstant != null) {
                codec.addField(CodecExpressions.codecType(slot.property.json()), slot.codecConstant,
                        Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement("this.$L = $L", slot.codecConstant,
                        CodecExpressions.of(slot.property.json(), parameters));
            }
        }
        codec.addMethod(constructor.build());
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static Modifier[] visibility(ObjectModel model) {
        return model.codecPublic() ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
    }

    private static MethodSpec writeMethod(ObjectModel model, List<Slot> slots) {
        MethodSpec.Builder write = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(JSON_GENERATOR, "out")
                .addParameter(model.typeUse(), "value")
                .addException(IO_EXCEPTION)
                .beginControlFlow("if (value == null)")
                .addStatement("out.writeNull()")
                .addStatement("return")
                .endControlFlow()
                .addStatement("out.writeStartObject()");
        for (Slot slot : slots) {
            write.addStatement("out.writeFieldName($L)", slot.nameConstant);
            CodeBlock get = CodeBlock.of("value.$L()", slot.property.accessor());
            if (slot.property.json() instanceof Scalar scalar && scalar.isPrimitive()) {
                String method = scalar.builtin() == Builtin.BOOLEAN ? "writeBoolean" : "writeNumber";
                write.addStatement("out.$L($L)", method, get);
            } else {
                write.addStatement("$L.write(out, $L)", slot.codec(), get);
            }
        }
        return write.addStatement("out.writeEndObject()").build();
    }

    private static MethodSpec readMethod(ObjectModel model, List<Slot> slots) {
        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.typeUse())
                .addParameter(JSON_PARSER, "in")
                .addException(IO_EXCEPTION)
                .beginControlFlow("if (in.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T.expectObject(in, $S)", JSON_READS, model.displayName());
        for (Slot slot : slots) {
            read.addStatement("$T $L = $L", CodecExpressions.javaType(slot.property.json()), slot.local,
                    initialValue(slot.property.json()));
        }
        read.addStatement("long seen = 0L");
        read.beginControlFlow("for (String field = in.nextFieldName(); field != null; field = in.nextFieldName())")
                .addStatement("in.nextToken()")
                .beginControlFlow("switch (field)");
        for (Slot slot : slots) {
            read.beginControlFlow("case $S ->", slot.property.name())
                    .addStatement("seen = $T.once(in, seen, 1L << $L)", JSON_READS, slot.bit)
                    .addStatement("$L = $L", slot.local, readExpression(slot))
                    .endControlFlow();
        }
        read.addStatement("default -> in.skipChildren()")
                .endControlFlow()
                .endControlFlow();
        for (Slot slot : slots) {
            if (slot.property.json() instanceof Scalar scalar && scalar.isPrimitive()) {
                read.beginControlFlow("if ((seen & (1L << $L)) == 0)", slot.bit)
                        .addStatement("throw $T.missingField(in, $S)", JSON_READS, slot.property.name())
                        .endControlFlow();
            }
        }
        CodeBlock arguments = slots.stream().map(s -> CodeBlock.of("$L", s.local)).collect(CodeBlock.joining(", "));
        return read.beginControlFlow("try")
                .addStatement(model.isGeneric() ? "return new $T<>($L)" : "return new $T($L)", model.type(), arguments)
                .nextControlFlow("catch (RuntimeException e)")
                .addComment("a check in the constructor refused the client's values")
                .addStatement("throw $T.rejected(in, $S, e)", JSON_READS, model.displayName())
                .endControlFlow()
                .build();
    }

    private static CodeBlock readExpression(Slot slot) {
        if (slot.property.json() instanceof Scalar scalar && scalar.isPrimitive()) {
            String method = switch (scalar.primitive()) {
                case INT -> "intValue";
                case LONG -> "longValue";
                case SHORT -> "shortValue";
                case BYTE -> "byteValue";
                case DOUBLE -> "doubleValue";
                case FLOAT -> "floatValue";
                case BOOLEAN -> "booleanValue";
                default -> throw new IllegalStateException("no JSON form for " + scalar.primitive());
            };
            return CodeBlock.of("$T.$L(in)", JSON_READS, method);
        }
        return CodeBlock.of("$L.read(in)", slot.codec());
    }

    private static CodeBlock initialValue(JsonType type) {
        if (type instanceof OptionalOf) {
            return CodeBlock.of("$T.empty()", OPTIONAL);
        }
        if (type instanceof Scalar scalar && scalar.isPrimitive()) {
            TypeName primitive = CodecExpressions.javaType(type);
            if (primitive.equals(TypeName.BOOLEAN)) {
                return CodeBlock.of("false");
            }
            if (primitive.equals(TypeName.LONG)) {
                return CodeBlock.of("0L");
            }
            if (primitive.equals(TypeName.DOUBLE)) {
                return CodeBlock.of("0.0");
            }
            if (primitive.equals(TypeName.FLOAT)) {
                return CodeBlock.of("0.0f");
            }
            return CodeBlock.of("0");
        }
        return CodeBlock.of("null");
    }

    /** One property's bit in the seen-mask and its names in the generated class. */
    private record Slot(Property property, int bit, String nameConstant, String codecConstant, String local,
            Function<TypeParameter, CodeBlock> parameters) {
        CodeBlock codec() {
            return codecConstant != null
                    ? CodeBlock.of("$L", codecConstant)
                    : CodecExpressions.of(property.json(), parameters);
        }
    }
}
