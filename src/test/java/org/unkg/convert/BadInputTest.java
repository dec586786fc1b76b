package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;

/** Bad input gets a message naming the file and what is wrong; the batch goes on and keeps what it converted. */
class BadInputTest {

    @Test
    void eachBadFileIsNamedAndTheOthersAreConverted(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/zh/000_701e93fbc13afe04.txt"), in.resolve("000_701e93fbc13afe04.txt"));
        Files.copy(Path.of("data/zh/000_701e93fbc13afe04.txt"), in.resolve("copy-of-000.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3, (byte) 0xFF, 0, 9});
        Files.writeString(in.resolve("noise.txt"), "12-31590 (E)\n*1231590*\n2/6 14-67661\n");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "file,symbol,language\n000_701e93fbc13afe04.txt,S/PRST/2012/16,zh\n"
                + "copy-of-000.txt,S/PRST/2012/16,zh\nmissing.txt,S/PRST/2099/1,zh\n");
        Path out = dir.resolve("out.nq");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            status = Main.run("convert", "--manifest", manifest.toString(), "--out", out.toString(), in.toString());
        } finally {
            System.setErr(saved);
        }
        String messages = err.toString(StandardCharsets.UTF_8);

        assertEquals(1, status, messages);
        assertTrue(messages.contains("empty.txt: the file is empty"), messages);
        assertTrue(messages.contains("binary.txt: the file is not text"), messages);
        assertTrue(messages.contains("noise.txt: the file holds no text"), messages);
        assertTrue(messages.contains("copy-of-000.txt: the same document (S/PRST/2012/16, zh) was already converted"
                + " from 000_701e93fbc13afe04.txt"), messages);
        assertTrue(messages.contains("names the file missing.txt, which is not among the files converted"), messages);
        assertTrue(messages.contains("1 documents converted") && messages.contains("4 failed"), messages);
        assertTrue(Files.readString(out).contains("<https://w3id.org/unkg/id/document/S/PRST/2012/16>"),
                "what converted is written");
    }
}
