package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();
    private static final String CHINESE = "安全理事会主席在 2012 年 4 月 25 日安全理事会第 6760 次会议上，就安理会审议的题为“国际和平与安全受到的威胁”的项目，代表安理会发表声明如下。";
    private static final String FRENCH_QUOTES = "The Council’s “decision” on Côte d’Ivoire – adopted unanimously.";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = CHINESE.getBytes(StandardCharsets.UTF_8);
        assertEquals(new DecodedText(CHINESE, "UTF-8"), decoder.decode(plain));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertEquals(new DecodedText(CHINESE, "UTF-8"), decoder.decode(bom));
    }

    @Test
    void utf8CutShortInTheMiddleOfACharacter() {
        byte[] whole = CHINESE.getBytes(StandardCharsets.UTF_8);
        DecodedText d = decoder.decode(java.util.Arrays.copyOf(whole, whole.length - 2));
        assertEquals(CHINESE.substring(0, CHINESE.length() - 1), d.text());
        assertEquals("UTF-8 (truncated)", d.encoding());
    }

    @Test
    void utf16ByByteOrderMark() {
        assertEquals(CHINESE, decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                CHINESE.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals(CHINESE, decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                CHINESE.getBytes(StandardCharsets.UTF_16BE))).text());
    }

    @Test
    void utf16WithoutByteOrderMark() {
        assertEquals(FRENCH_QUOTES, decoder.decode(FRENCH_QUOTES.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(FRENCH_QUOTES, decoder.decode(FRENCH_QUOTES.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void gb18030ByDetection() {
        DecodedText d = decoder.decode(CHINESE.getBytes(Charset.forName("GB18030")));
        assertEquals(CHINESE, d.text());
        assertEquals("GB18030", d.encoding());
    }

    @Test
    void windows1252ForSingleByteText() {
        DecodedText d = decoder.decode(FRENCH_QUOTES.getBytes(Charset.forName("windows-1252")));
        assertEquals(FRENCH_QUOTES, d.text());
        assertEquals("windows-1252", d.encoding());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
