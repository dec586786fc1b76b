package org.unkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the benchmark runs the program it measures: through its command line, as a user would, in a process of its
 * own: {@code java -jar target/unkg.jar COMMAND}, or, where there is no jar yet (the tests), the program's classes
 * with {@code org.unkg.cli.Main}. What a command did comes back as the JSON its {@code --json} option prints.
 */
final class Product {

    /** The command line's main class, named here rather than linked: the benchmark uses none of the program's classes. */
    private static final String MAIN = "org.unkg.cli.Main";

    private final List<String> launch;

    private Product(List<String> launch) {
        this.launch = launch;
    }

    /** The program's jar, {@code target/unkg.jar} of a checkout; fails naming it when it is not there. */
    static Product jar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + ": no such jar; build it first ('./unkg --version' or"
                    + " 'mvn package')");
        }
        return new Product(List.of("-jar", jar.toAbsolutePath().toString()));
    }

    /** The program's classes and libraries, as a classpath. */
    static Product classpath(String classpath) {
        return new Product(List.of("-cp", JavaProcess.classpath(classpath), MAIN));
    }

    /** What {@link JavaProcess#command(List, List, List)} needs before the program's arguments. */
    List<String> launch() {
        return launch;
    }
}
