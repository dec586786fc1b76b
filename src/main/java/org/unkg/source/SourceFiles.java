package org.unkg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the files and folders named on the command line into the text files to convert, in a stable order. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(SourceFiles::isText).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString().toLowerCase();
        return name.endsWith(".txt") && !name.startsWith(".");
    }
}
