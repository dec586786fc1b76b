package org.unkg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the files and folders named on the command line into the files to convert, in a stable order: in folders,
 * the files of the forms the converter reads ({@link SourceFormat}: {@code .txt}, {@code .pdf}, {@code .docx},
 * {@code .html}); a file named on its own is converted whatever its name.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(SourceFiles::isReadable).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isReadable(Path p) {
        String name = p.getFileName().toString();
        // Word's lock files (~$name.docx) and hidden files are no documents
        return !name.startsWith(".") && !name.startsWith("~$") && SourceFormat.byName(name).isPresent();
    }
}
