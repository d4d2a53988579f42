package dev.aerie.processor.config;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @ConfigProperties} type and checks it, reporting every problem on its element: a
 * type that is not a public record, a prefix that is not dotted lower-case words, a component of a
 * type configuration cannot be read as, a {@code @ConfigDefault} that does not fit its component.
 */
final class ConfigRecordReader {
    static final String CONFIG_PROPERTIES = "dev.aerie.api.config.ConfigProperties";
    static final String CONFIG_DEFAULT = "dev.aerie.api.config.ConfigDefault";

    private final Elements elements;
    private final Reporter reporter;

    ConfigRecordReader(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    Optional<ConfigRecord> read(Element element) {
        String name = element.getSimpleName().toString();
        if (element.getKind() != ElementKind.RECORD) {
            report(element, annotation(element, CONFIG_PROPERTIES), "@ConfigProperties goes on a record, and " + name
                    + " is a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".",
                    "Make " + name + " a record whose components are the configuration values.");
            return Optional.empty();
        }
        TypeElement type = (TypeElement) element;
        boolean valid = true;
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                report(type, Optional.empty(), "@ConfigProperties record " + name + " is not public" + (e == type ? ""
                        : " (its enclosing " + e.getSimpleName() + " is not)") + ", so the containers of other packages"
                        + " cannot name it.", "Make it public.");
                valid = false;
                break;
            }
        }
        String prefix = annotationValue(type, CONFIG_PROPERTIES).orElse("");
        if (!KeyNames.PREFIX.matcher(prefix).matches()) {
            report(type, annotation(type, CONFIG_PROPERTIES), "@ConfigProperties(\"" + prefix + "\") on " + name
                    + " is not a key prefix.", "Write dotted lower-case words such as \"security.jwt\" (letters, digits"
                    + " and '-' between the dots).");
            valid = false;
        }
        List<ConfigRecord.Component> components = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String where = name + "." + component.getSimpleName();
            Optional<ValueType> valueType = ValueType.of(component.asType());
            Optional<String> defaultValue = annotationValue(component, CONFIG_DEFAULT);
            if (valueType.isEmpty()) {
                report(component, Optional.empty(), "Component " + where + " has type " + component.asType()
                        + ", which Aerie cannot read from configuration.", "Use " + ValueType.SUPPORTED + ".");
                valid = false;
                continue;
            }
            if (defaultValue.isPresent() && valueType.get().optional()) {
                report(component, annotation(component, CONFIG_DEFAULT), "Component " + where + " is an Optional,"
                        + " which is empty when its key is not set;", "remove @ConfigDefault, or make the component a "
                        + component.asType().toString().replaceFirst("^java\\.util\\.Optional<(.*)>$", "$1") + ".");
                valid = false;
                continue;
            }
            if (defaultValue.isPresent() && DefaultValues.expression(valueType.get(), defaultValue.get()).isEmpty()) {
                report(component, annotation(component, CONFIG_DEFAULT), "@ConfigDefault(\"" + defaultValue.get()
                        + "\") of " + where + " is not " + DefaultValues.expected(valueType.get()) + ".", "Write "
                        + DefaultValues.expected(valueType.get()) + ", or remove @ConfigDefault to make the key required.");
                valid = false;
                continue;
            }
            components.add(new ConfigRecord.Component(component.getSimpleName().toString(),
                    prefix + "." + KeyNames.kebab(component.getSimpleName().toString()), valueType.get(), defaultValue));
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new ConfigRecord(ClassName.get(type), elements.getBinaryName(type).toString(), prefix, components));
    }

    private void report(Element element, Optional<AnnotationMirror> annotation, String message, String fix) {
        reporter.report(Diagnostic.of(DiagnosticKind.BAD_CONFIG_PROPERTIES, element, message, fix).on(annotation));
    }

    private static Optional<AnnotationMirror> annotation(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation))
                .map(m -> (AnnotationMirror) m)
                .findFirst();
    }

    private static Optional<String> annotationValue(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                for (var entry : mirror.getElementValues().entrySet()) {
                    ExecutableElement method = entry.getKey();
                    AnnotationValue value = entry.getValue();
                    if (method.getSimpleName().contentEquals("value")) {
                        return Optional.of(String.valueOf(value.getValue()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
