package dev.aerie.processor.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Test only: for each {@link JsonProbe} class {@code P}, writes {@code P_Probe} with, per field
 * {@code f} of P: {@code public static final JsonCodec<F> f} (from {@link JsonSupport#codec}),
 * {@code public static void f(F value, Violations out)} running {@link JsonSupport#validation}
 * then {@link JsonSupport#constraints}, and {@code f_SCHEMA}; plus {@code COMPONENTS}, the schema
 * components as JSON. Then {@link JsonSupport#writeAll}. A {@code transient} field stands for a
 * route parameter that is not a body: only {@link JsonSupport#constraints} is asked about it.
 */
public final class JsonProbeProcessor extends AbstractProcessor {
    private static final ClassName JSON_CODEC = ClassName.get("dev.aerie.runtime.json", "JsonCodec");
    private static final ClassName VIOLATIONS = ClassName.get("dev.aerie.runtime.validation", "Violations");

    private JsonSupport json;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        json = new JsonSupport(env, dev.aerie.processor.AerieProcessor.reporter(env));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(JsonProbe.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(JsonProbe.class)) {
            probe((TypeElement) element);
        }
        json.writeAll(processingEnv.getFiler());
        return false;
    }

    private void probe(TypeElement probe) {
        ClassName name = ClassName.get(ClassName.get(probe).packageName(), probe.getSimpleName() + "_Probe");
        TypeSpec.Builder out = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (VariableElement field : ElementFilter.fieldsIn(probe.getEnclosedElements())) {
            String f = field.getSimpleName().toString();
            TypeName type = TypeName.get(field.asType()).withoutAnnotations();
            boolean body = !field.getModifiers().contains(Modifier.TRANSIENT);
            Optional<CodeBlock> codec = body ? json.codec(field.asType(), field) : Optional.empty();
            codec.ifPresent(c -> out.addField(FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, type.box()), f,
                    Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(c).build()));
            MethodSpec.Builder validate = MethodSpec.methodBuilder(f)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(type, "value")
                    .addParameter(VIOLATIONS, "out");
            if (body) {
                json.validation(field.asType(), CodeBlock.of("value"), CodeBlock.of("$S", ""), CodeBlock.of("out"), field)
                        .ifPresent(validate::addCode);
            }
            json.constraints(field, f, CodeBlock.of("value"), CodeBlock.of("$S", ""), CodeBlock.of("out"))
                    .ifPresent(validate::addCode);
            out.addMethod(validate.build());
            Optional<Map<String, Object>> schema = body ? json.schema(field.asType(), field) : Optional.empty();
            schema.ifPresent(s -> out.addField(FieldSpec.builder(String.class, f + "_SCHEMA",
                    Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer("$S", JsonSupport.toJson(s)).build()));
        }
        out.addField(FieldSpec.builder(String.class, "COMPONENTS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", JsonSupport.toJson(json.schemaComponents())).build());
        try {
            JavaFile.builder(name.packageName(), out.build()).build().writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
