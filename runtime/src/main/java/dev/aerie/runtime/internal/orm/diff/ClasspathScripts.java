package dev.aerie.runtime.internal.orm.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Migration scripts in a folder on the class path (a directory or a jar), per class path entry. */
final class ClasspathScripts {
    private ClasspathScripts() {}

    /** The scripts of one class path entry, and the URL of the entry's root (ending in {@code /}). */
    record Entry(String root, List<MigrationDiff.Script> scripts) {
        /** Resource {@code name} of the same entry, if it has one. */
        Optional<String> resource(String name) {
            try (InputStream in = new URL(root + name).openStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** Every class path entry of {@code loader} that holds folder {@code folder} ({@code db/migration/h2}), with its scripts. */
    static List<Entry> find(ClassLoader loader, String folder) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (Enumeration<URL> urls = loader.getResources(folder); urls.hasMoreElements(); ) {
                URL url = urls.nextElement();
                String text = url.toString();
                String root = text.substring(0, text.length() - folder.length() - (text.endsWith("/") ? 1 : 0));
                entries.add(new Entry(root, scripts(url, folder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return entries;
    }

    private static List<MigrationDiff.Script> scripts(URL url, String folder) throws IOException {
        List<MigrationDiff.Script> scripts = new ArrayList<>();
        if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            return FolderScripts.read(dir);
        }
        if (url.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
                    JarEntry entry = all.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.endsWith(".sql")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            scripts.add(new MigrationDiff.Script(name.substring(prefix.length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        }
        return scripts;
    }

    /** Scripts of a directory of the file system. */
    static final class FolderScripts {
        private FolderScripts() {}

        static List<MigrationDiff.Script> read(Path dir) {
            List<MigrationDiff.Script> scripts = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && MigrationDiff.versioned(name)) {
                        scripts.add(new MigrationDiff.Script(name, Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the scripts in " + dir, e);
            }
            return scripts;
        }
    }
}
