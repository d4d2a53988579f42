package dev.aerie.processor.config;

import com.palantir.javapoet.ClassName;
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
            reporter.error(element, "@ConfigProperties goes on a record, and " + name + " is a "
                    + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ". Make " + name + " a record whose components are the configuration values.");
            return Optional.empty();
        }
        TypeElement type = (TypeElement) element;
        boolean valid = true;
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                reporter.error(type, "@ConfigProperties record " + name + " is not public" + (e == type ? "" : " (its enclosing "
                        + e.getSimpleName() + " is not)") + ", so the containers of other packages cannot name it."
                        + " Make it public.");
                valid = false;
                break;
            }
        }
        String prefix = annotationValue(type, CONFIG_PROPERTIES).orElse("");
        if (!KeyNames.PREFIX.matcher(prefix).matches()) {
            reporter.error(type, "@ConfigProperties(\"" + prefix + "\") on " + name + ": the prefix must be dotted"
                    + " lower-case words such as \"security.jwt\" (letters, digits and '-' between the dots).");
            valid = false;
        }
        List<ConfigRecord.Component> components = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String where = name + "." + component.getSimpleName();
            Optional<ValueType> valueType = ValueType.of(component.asType());
            Optional<String> defaultValue = annotationValue(component, CONFIG_DEFAULT);
            if (valueType.isEmpty()) {
                reporter.error(component, "Component " + where + " has type " + component.asType() + ", which Aerie"
                        + " cannot read from configuration. Use " + ValueType.SUPPORTED + ".");
                valid = false;
                continue;
            }
            if (defaultValue.isPresent() && valueType.get().optional()) {
                reporter.error(component, "Component " + where + " is an Optional, which is empty when its key is"
                        + " not set; remove @ConfigDefault, or make the component a " + component.asType().toString()
                        .replaceFirst("^java\\.util\\.Optional<(.*)>$", "$1") + ".");
                valid = false;
                continue;
            }
            if (defaultValue.isPresent() && DefaultValues.expression(valueType.get(), defaultValue.get()).isEmpty()) {
                reporter.error(component, "@ConfigDefault(\"" + defaultValue.get() + "\") of " + where + " is not "
                        + DefaultValues.expected(valueType.get()) + ".");
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
