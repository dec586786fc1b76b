package org.unkg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a source file whose encoding nobody declared.
 *
 * <p>A byte-order mark is trusted first. Then strict UTF-8 is tried, because a text that decodes as UTF-8 without
 * error is UTF-8 in practice, and the statistical detector confuses short UTF-8 texts with single-byte code pages.
 * Only then is the detector (juniversalchardet) asked; it separates GB18030/GBK, Big5, UTF-16 without BOM and the
 * Western code pages. Windows-1252 is the last resort, since every byte sequence decodes in it.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GB18030 = Charset.forName("GB18030");

    public DecodedText decode(byte[] bytes) {
        Optional<DecodedText> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new DecodedText(lenient(bytes, 0, utf16.get()), utf16.get().name());
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), "UTF-8");
        }
        // A UTF-8 file cut short ends in the middle of a character: it is still UTF-8, less its last bytes.
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            Optional<String> truncated = strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), 0,
                    StandardCharsets.UTF_8);
            if (truncated.isPresent() && isMultibyteStart(bytes[bytes.length - cut])) {
                return new DecodedText(truncated.get(), "UTF-8 (truncated)");
            }
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            Optional<String> text = strict(bytes, 0, detected);
            if (text.isPresent()) {
                return new DecodedText(text.get(), detected.name());
            }
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8"));
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95
                && (b[3] & 0xFF) == 0x33) {
            return Optional.of(new DecodedText(lenient(b, 4, GB18030), GB18030.name()));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        return Optional.empty();
    }

    private static boolean isMultibyteStart(byte b) {
        return (b & 0xE0) == 0xC0 || (b & 0xF0) == 0xE0 || (b & 0xF8) == 0xF0;
    }

    /** UTF-16 text of mostly Latin or ASCII characters has a zero in every other byte. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        // GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing.
        if (name.equals("GB2312") || name.equals("GBK") || name.equals("HZ-GB-2312")) {
            return GB18030;
        }
        // Latin-1 and Windows-1252 differ only where Latin-1 has control codes that plain text never holds.
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
