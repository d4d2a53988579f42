package dev.aerie.processor.config;

import com.palantir.javapoet.ClassName;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.ExtensionContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @ConfigProperties} records of the compilation: each is checked and gets its reader in
 * the round it appears, and is a singleton binding of each application of the compilation (created by
 * {@code <Record>_ConfigReader.create()}) when one of its injectables takes it as a parameter. It is
 * created when the container starts (its reader's {@code start} is a start hook), so a missing
 * key stops the start and {@code --key=value} arguments, visible only then, are read.
 */
public final class ConfigExtension implements AerieExtension {
    /** Checked records by qualified name; a record with errors is not bound (its errors are reported). */
    private final Map<String, ConfigRecord> records = new TreeMap<>();
    private final Map<String, TypeElement> elements = new TreeMap<>();

    @Override
    public Set<String> annotationTypes() {
        return Set.of(ConfigRecordReader.CONFIG_PROPERTIES, ConfigRecordReader.CONFIG_DEFAULT);
    }

    @Override
    public void round(ExtensionContext context, RoundEnvironment round) {
        TypeElement annotation = context.env().getElementUtils().getTypeElement(ConfigRecordReader.CONFIG_PROPERTIES);
        if (annotation == null) {
            return;
        }
        ConfigRecordReader reader = new ConfigRecordReader(context.env().getElementUtils(), context.reporter());
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            reader.read(element).ifPresent(record -> {
                TypeElement type = (TypeElement) element;
                records.put(type.getQualifiedName().toString(), record);
                elements.put(type.getQualifiedName().toString(), type);
                context.writeJava(ConfigReaderWriter.write(record), type);
            });
        }
    }

    @Override
    public List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        // only the records this application injects: another root of the compilation may lack their keys
        Set<Key> injected = new HashSet<>();
        for (ModuleModel module : application.modules()) {
            module.bindings().forEach(binding -> binding.dependencies().forEach(d -> injected.add(d.key())));
        }
        application.extraBindings().forEach(binding -> binding.dependencies().forEach(d -> injected.add(d.key())));
        List<Binding> bindings = new ArrayList<>();
        for (Map.Entry<String, ConfigRecord> entry : records.entrySet()) {
            ConfigRecord record = entry.getValue();
            Key key = Key.of(record.type().canonicalName(), record.binaryName());
            if (!injected.contains(key)) {
                continue;
            }
            ClassName reader = ConfigReaderWriter.readerName(record);
            bindings.add(Binding.generated(key, Scope.SINGLETON,
                    List.of(), new StaticCall(reader, "create"), record.type(),
                    "@ConfigProperties(\"" + record.prefix() + "\") " + record.type().simpleName(),
                    context.sourceOf(elements.get(entry.getKey())))
                    // a start hook makes the container read it at start: with the --key=value arguments, failing early
                    .withHooks(Optional.of(new StaticCall(reader, "start")), Optional.empty()));
        }
        return bindings;
    }
}
