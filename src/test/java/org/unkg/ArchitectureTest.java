package org.unkg;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of {@code docs/architecture.md}, checked on the compiled classes: what each package may import (the
 * order of the pipeline's stages), no cycle between packages, RDF4J and no Jena on the conversion side, Jena and no
 * RDF4J on the store and server side, a model free of RDF, one simple name per class, and a benchmark that uses
 * nothing of the program but its command line.
 */
class ArchitectureTest {

    /**
     * Each package and the packages of the program it may import besides itself; a package not listed here fails.
     * The table of docs/architecture.md says the same.
     */
    static final Map<String, List<String>> MAY_IMPORT = allowed();

    private static Map<String, List<String>> allowed() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("common", List.of());
        m.put("progress", List.of());
        m.put("source", List.of("common"));
        m.put("text", List.of("common"));
        m.put("structure", List.of("text", "common"));
        m.put("cite", List.of("structure", "text", "common"));
        m.put("mention", List.of("structure", "common"));
        m.put("rdf", List.of("mention", "cite", "structure", "common"));
        m.put("convert", List.of("rdf", "mention", "cite", "structure", "text", "source", "progress", "common"));
        m.put("load", List.of("progress", "common"));
        m.put("validate", List.of("load", "common"));
        m.put("serve.http", List.of("common"));
        m.put("serve.site", List.of("serve.http", "common"));
        m.put("serve.lod", List.of("serve.site", "serve.http", "common"));
        m.put("serve.pages", List.of("serve.lod", "serve.site", "serve.http", "load", "common"));
        m.put("serve.explore", List.of("serve.pages", "serve.lod", "serve.site", "serve.http", "common"));
        m.put("serve.ontology", List.of("serve.site", "serve.http", "common"));
        m.put("serve.sparql", List.of("serve.site", "serve.http", "common"));
        m.put("serve.search", List.of("serve.site", "serve.http", "common"));
        m.put("serve.ops", List.of("serve.sparql", "serve.http", "load", "common"));
        m.put("serve.dataset", List.of("serve.sparql", "serve.site", "serve.http", "load", "common"));
        m.put("serve", List.of("serve.ops", "serve.dataset", "serve.search", "serve.sparql", "serve.ontology",
                "serve.explore", "serve.pages", "serve.lod", "serve.site", "serve.http", "load", "common"));
        m.put("image", List.of("load", "progress", "common"));
        m.put("up", List.of("convert", "load", "source", "progress", "common"));
        m.put("cli", List.of("up", "image", "serve.ops", "serve", "validate", "load", "convert", "source", "progress",
                "common"));
        return m;
    }

    /** The conversion side: text to RDF files, with RDF4J. */
    private static final String[] CONVERSION = {"org.unkg.source..", "org.unkg.text..", "org.unkg.structure..",
        "org.unkg.cite..", "org.unkg.mention..", "org.unkg.rdf..", "org.unkg.convert.."};
    /** The store and server side: RDF files to a served store, with Jena. */
    private static final String[] STORE = {"org.unkg.load..", "org.unkg.validate..", "org.unkg.image..",
        "org.unkg.serve.."};
    /** The model the stages hand on: plain values, IRIs as strings. */
    private static final String[] MODEL = {"org.unkg.structure..", "org.unkg.cite..", "org.unkg.mention.."};

    private static JavaClasses program;
    private static JavaClasses bench;

    @BeforeAll
    static void importClasses() {
        // Read from the build's folders: scanning every jar of the classpath for the package would take long.
        program = new ClassFileImporter().importPath(Path.of("target/classes"));
        // The benchmark is compiled with the tests (src/bench/java); its own tests are left out.
        Pattern benchClass = Pattern.compile(".*/org/unkg/bench/(?!.*Test(\\$.*)?\\.class$).*\\.class$");
        bench = new ClassFileImporter().withImportOption(location -> location.matches(benchClass))
                .importPath(Path.of("target/test-classes"));
    }

    @TestFactory
    Stream<DynamicTest> eachPackageImportsOnlyWhatItMay() {
        return MAY_IMPORT.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String own = "org.unkg." + e.getKey();
            String[] allowed = Stream.concat(Stream.of(own), e.getValue().stream().map(p -> "org.unkg." + p))
                    .toArray(String[]::new);
            classes().that().resideInAPackage(own)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.unkg..")
                            .or(resideInAnyPackage(allowed)))
                    .allowEmptyShould(false)
                    .check(program);
        }));
    }

    @Test
    void everyPackageHasItsRule() {
        List<String> unlisted = program.stream().map(JavaClass::getPackageName).distinct()
                .map(p -> p.substring("org.unkg.".length()))
                .filter(p -> !MAY_IMPORT.containsKey(p)).sorted().toList();
        assertEquals(List.of(), unlisted, "packages without a rule here and in docs/architecture.md");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.unkg.(**)").should().beFreeOfCycles().check(program);
    }

    @Test
    void theConversionSideUsesNoJena() {
        noClasses().that().resideInAnyPackage(CONVERSION).should().dependOnClassesThat()
                .resideInAPackage("org.apache.jena..").check(program);
    }

    @Test
    void theStoreAndServerSideUsesNoRdf4j() {
        noClasses().that().resideInAnyPackage(STORE).should().dependOnClassesThat()
                .resideInAPackage("org.eclipse.rdf4j..").check(program);
    }

    @Test
    void theModelHoldsNoRdfLibrary() {
        noClasses().that().resideInAnyPackage(MODEL).should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.jena..", "org.eclipse.rdf4j..").check(program);
    }

    @Test
    void noSimpleClassNameIsUsedTwice() {
        Map<String, List<String>> byName = program.stream()
                .filter(c -> !c.isAnonymousClass() && !c.getSimpleName().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), byName);
    }

    @Test
    void theBenchmarkUsesNothingOfTheProgramButItsCommandLine() {
        assertFalse(bench.isEmpty(), "the benchmark's classes were not found");
        classes().that().resideInAPackage("org.unkg.bench..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("org.unkg..")).or(resideInAPackage("org.unkg.bench..")))
                .check(bench);
        noClasses().that().resideInAPackage("org.unkg..").and().resideOutsideOfPackage("org.unkg.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.unkg.bench..").check(program);
    }
}
