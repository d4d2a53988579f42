package dev.aerie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aerie generate module|controller|service|resource <name>} inside a project: writes the
 * files and registers the new module in the app module's {@code imports}.
 */
@Command(name = "generate", aliases = "g", mixinStandardHelpOptions = true,
        description = "Adds code to the Aerie project in the current folder (or --dir). A module, controller"
                + " or service <name> goes to the package <base>.<name> and its module <Name>Module, which is"
                + " created and imported by the app module when absent; a resource <name> adds the entity, input"
                + " record, service, controller, module and an HTTP test under <base>.<names>.")
final class GenerateCommand implements Runnable {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "module|controller|service|resource", description = "what to add")
    String kind;

    @Parameters(index = "1", paramLabel = "<name>", description = "its name, such as product or orderLine")
    String name;

    @Option(names = "--dir", paramLabel = "<folder>", defaultValue = ".", description = "the project's folder (default: the current folder)")
    Path dir;

    @Override
    public void run() {
        Path root = dir.toAbsolutePath().normalize();
        Names.Feature feature = Names.feature(name);
        if (!List.of("module", "controller", "service", "resource").contains(kind)) {
            throw new CliException("cannot generate '" + kind + "': choose module, controller, service or resource");
        }
        Path appModule = appModule(root);
        String appSource = FileChanges.read(appModule);
        Matcher pkg = PACKAGE.matcher(ModuleSource.mask(appSource));
        if (!pkg.find()) {
            throw new CliException(root.relativize(appModule) + " has no package declaration");
        }
        String base = pkg.group(1);
        FileChanges changes = new FileChanges(root);
        String module;
        if (kind.equals("resource")) {
            module = Resources.add(changes, root, base, feature);
        } else {
            module = featureModule(changes, root, base, feature);
            if (!kind.equals("module")) {
                addToFeature(changes, root, base, feature);
            }
        }
        changes.refuseExisting(root);
        if (changes.creates(javaFile(root, module))) {
            ModuleSource editor = new ModuleSource(root.relativize(appModule).toString());
            String simple = module.substring(module.lastIndexOf('.') + 1);
            String edited = editor.addImport(editor.addToAttribute(appSource, "imports", simple), module);
            changes.update(appModule, edited);
        }
        changes.apply(root, spec.commandLine().getOut());
    }

    /** The feature's module: created unless it exists (then {@code generate module} refuses). */
    private String featureModule(FileChanges changes, Path root, String base, Names.Feature feature) {
        String pkg = Names.packageName(base + "." + feature.packageSegment());
        String qualified = pkg + "." + feature.pascal() + "Module";
        // generate module on an existing one is refused by FileChanges, like every overwrite
        if (kind.equals("module") || !Files.exists(javaFile(root, qualified))) {
            changes.create(relative(qualified), Templates.render("feature/Module.java", values(base, pkg, feature)));
        }
        return qualified;
    }

    private void addToFeature(FileChanges changes, Path root, String base, Names.Feature feature) {
        String pkg = base + "." + feature.packageSegment();
        String suffix = kind.equals("service") ? "Service" : "Controller";
        String simple = feature.pascal() + suffix;
        changes.create(relative(pkg + "." + simple), Templates.render("feature/" + suffix + ".java", values(base, pkg, feature)));
        Path module = javaFile(root, pkg + "." + feature.pascal() + "Module");
        String source = changes.pending(module).orElseThrow();
        String attribute = kind.equals("service") ? "providers" : "controllers";
        changes.update(module, new ModuleSource(root.relativize(module).toString()).addToAttribute(source, attribute, simple));
    }

    private static Map<String, String> values(String base, String pkg, Names.Feature feature) {
        return Map.of("package", pkg, "appPackage", base, "Name", feature.pascal(), "path", feature.path());
    }

    private static String relative(String qualified) {
        return "src/main/java/" + qualified.replace('.', '/') + ".java";
    }

    private static Path javaFile(Path root, String qualified) {
        return root.resolve(relative(qualified)).normalize();
    }

    /** The one class under src/main/java that calls Aerie.run: the application's root module. */
    private static Path appModule(Path root) {
        Path sources = root.resolve("src/main/java");
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(sources)) {
            throw new CliException(root + " is not a Maven project with src/main/java: run generate inside a"
                    + " project made by 'aerie new', or name it with --dir");
        }
        List<Path> found;
        try (Stream<Path> files = Files.walk(sources)) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> ModuleSource.mask(FileChanges.read(f)).contains("Aerie.run("))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new CliException((found.isEmpty() ? "no class" : found.size() + " classes")
                    + " under " + sources + " call Aerie.run(...); generate needs exactly one app module to import new modules into");
        }
        return found.get(0);
    }
}
