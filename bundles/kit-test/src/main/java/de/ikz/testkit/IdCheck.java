package de.ikz.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds ids of new records drawn with {@code Ids.newId} in a module's sources. A record's id comes from
 * {@code Ids.unused(ts, table, prefix)} in the transaction that inserts it: about a billion ids repeat by chance
 * in a table of a few thousand rows, and a bare draw then fails the insert on the primary key (a 500 for the user,
 * a failed demo load). Use it in a module test: {@code assertThat(IdCheck.directDraws(Path.of("src/main/java"))).isEmpty()}.
 */
public final class IdCheck {

    private IdCheck() {
    }

    /** "file:line: text" of every line under {@code sources} that calls {@code Ids.newId}. */
    public static List<String> directDraws(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new AssertionError("no sources at " + sources.toAbsolutePath());
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("Ids.newId(")) {
                        found.add(sources.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
