package dev.aerie.cli;

import java.nio.file.Path;
import java.util.Map;

/** The five files of a resource (entity, input, service, controller, module) and its HTTP test. */
final class Resources {
    private Resources() {}

    /** Adds the resource {@code name} under {@code basePackage}.{plural}; answers its module's qualified name. */
    static String add(FileChanges changes, Path root, String basePackage, Names.Feature name) {
        Names.Feature plural = name.pluralFeature();
        String pkg = basePackage + "." + plural.packageSegment();
        Names.packageName(pkg);
        Map<String, String> values = Map.of(
                "package", pkg,
                "appPackage", basePackage,
                "Name", name.pascal(),
                "Plural", plural.pascal(),
                "path", plural.path(),
                "table", plural.table());
        String main = "src/main/java/" + pkg.replace('.', '/') + "/";
        String test = "src/test/java/" + pkg.replace('.', '/') + "/";
        changes.create(main + name.pascal() + ".java", Templates.render("resource/Entity.java", values));
        changes.create(main + name.pascal() + "In.java", Templates.render("resource/EntityIn.java", values));
        changes.create(main + plural.pascal() + "Service.java", Templates.render("resource/Service.java", values));
        changes.create(main + plural.pascal() + "Controller.java", Templates.render("resource/Controller.java", values));
        changes.create(main + plural.pascal() + "Module.java", Templates.render("resource/Module.java", values));
        changes.create(test + plural.pascal() + "ApiTest.java", Templates.render("resource/ApiTest.java", values));
        return pkg + "." + plural.pascal() + "Module";
    }
}
