package dev.aerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files to create and files to rewrite, checked all together before anything is written: an
 * existing file is never overwritten, and a refused command writes nothing.
 */
final class FileChanges {
    private final Path root;
    private final Map<Path, String> created = new TreeMap<>();
    private final Map<Path, String> updated = new TreeMap<>();

    FileChanges(Path root) {
        this.root = root;
    }

    void create(String relative, String content) {
        created.put(root.resolve(relative).normalize(), content);
    }

    void update(Path file, String content) {
        if (created.containsKey(file.normalize())) {
            created.put(file.normalize(), content);
            return;
        }
        updated.put(file.normalize(), content);
    }

    /** The content a file will have: what this change set gives it, else what is on disk. */
    java.util.Optional<String> pending(Path file) {
        Path key = file.normalize();
        if (created.containsKey(key)) {
            return java.util.Optional.of(created.get(key));
        }
        if (updated.containsKey(key)) {
            return java.util.Optional.of(updated.get(key));
        }
        return Files.exists(key) ? java.util.Optional.of(read(key)) : java.util.Optional.empty();
    }

    boolean creates(Path file) {
        return created.containsKey(file.normalize());
    }

    /** Refuses, writing nothing, when a file to create exists. */
    void refuseExisting(Path base) {
        List<String> existing = new ArrayList<>();
        for (Path file : created.keySet()) {
            if (Files.exists(file)) {
                existing.add(base.relativize(file).toString());
            }
        }
        if (!existing.isEmpty()) {
            throw new CliException("refusing to overwrite " + String.join(", ", existing)
                    + ": nothing was written; remove or rename " + (existing.size() == 1 ? "it" : "them")
                    + ", or choose another name");
        }
    }

    void apply(Path base, PrintWriter out) {
        refuseExisting(base);
        try {
            for (Map.Entry<Path, String> file : created.entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
                out.println("created " + base.relativize(file.getKey()));
            }
            for (Map.Entry<Path, String> file : updated.entrySet()) {
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
                out.println("updated " + base.relativize(file.getKey()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
