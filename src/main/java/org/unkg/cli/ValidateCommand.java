package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.unkg.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg validate FILE...}: SHACL validation against the ontology's shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validates RDF files (all their graphs together) against the SHACL shapes of",
            "ontology/shapes.ttl and reports each violation with its node, path, value and message.",
            "Exit status 0 when the data conforms, 1 when it does not, 2 when a file cannot be read."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--max", paramLabel = "N", defaultValue = "50",
            description = "Report at most N violations in full (default: ${DEFAULT-VALUE}); all are counted.")
    private int max;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.nq, .trig, .ttl, .nt, .jsonld).")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ValidationReport report;
        try {
            report = ShapesValidator.packaged().validate(files);
        } catch (RiotException e) {
            spec.commandLine().getErr().println("unkg validate: " + e.getMessage());
            return 2;
        }
        if (report.conforms()) {
            out.println("Conforms: 0 violations in " + files.size() + " file(s).");
            return 0;
        }
        Map<String, Integer> byShape = new TreeMap<>();
        int shown = 0;
        for (ReportEntry e : report.getEntries()) {
            byShape.merge(e.source() + " " + e.sourceConstraintComponent().getLocalName(), 1, Integer::sum);
            if (shown++ < max) {
                out.printf("%s: %s%n  node %s%n  path %s%n  value %s%n", e.severity().level().getLocalName(),
                        e.message(), e.focusNode(), e.resultPath(), e.value());
            }
        }
        out.println(report.getEntries().size() + " violation(s), by shape and constraint:");
        byShape.forEach((k, v) -> out.println("  " + v + "  " + k));
        return 1;
    }
}
