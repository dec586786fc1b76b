package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {

    @TempDir
    Path tmp;

    @Test
    void theJarCarriesTheSameDescription() {
        StoreConfig bundled = StoreConfig.from(ConfigFile.bundled(ConfigFile.CONFIG_TTL));
        assertEquals(Fixtures.config().sha256(), bundled.sha256());
    }

    @Test
    void pointsTheDatabaseAndTheIndexAtTheStore() {
        Store store = new StoreLayout(tmp).store("20250101T120000Z-0a1b2c");
        Model model = Fixtures.config().forStore(store);

        String location = model.listResourcesWithProperty(RDF.type, VocabTDB2.tDatasetTDB2).next()
                .getProperty(VocabTDB2.pLocation).getString();
        String directory = model.listResourcesWithProperty(RDF.type, TextVocab.textIndexLucene).next()
                .getProperty(TextVocab.pDirectory).getString();
        assertEquals(tmp.resolve("stores/20250101T120000Z-0a1b2c/tdb2").toString(), location);
        assertEquals(tmp.resolve("stores/20250101T120000Z-0a1b2c/lucene").toString(), directory);
    }

    @Test
    void aDescriptionWithoutTdb2DatasetIsRefused() throws IOException {
        String text = Files.readString(Path.of(ConfigFile.CONFIG_TTL), StandardCharsets.UTF_8)
                .replace("a tdb2:DatasetTDB2", "a tdb2:DatasetTDB");
        Path file = Files.writeString(tmp.resolve("config.ttl"), text, StandardCharsets.UTF_8);
        StoreException failure = assertThrows(StoreException.class, () -> StoreConfig.read(file));
        assertEquals(file + ": expected exactly one tdb2:DatasetTDB2, found 0", failure.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("config.ttl"), "PREFIX : <#>\n\n:a :b", StandardCharsets.UTF_8);
        StoreException failure = assertThrows(StoreException.class, () -> StoreConfig.read(file));
        assertTrue(failure.getMessage().startsWith(file + ", line 3"), failure.getMessage());
    }
}
