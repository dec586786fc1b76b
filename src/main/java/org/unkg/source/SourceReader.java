package org.unkg.source;

import java.util.Optional;

/**
 * Turns a source file's bytes into the text the structure stage reads, whatever the file's form: plain text in any
 * of the usual encodings, PDF, Word or a web page ({@link SourceFormat}).
 */
public final class SourceReader {

    private final TextDecoder decoder = new TextDecoder();
    private final PdfTextExtractor pdf = new PdfTextExtractor();
    private final DocxTextExtractor docx = new DocxTextExtractor();
    private final HtmlTextExtractor html = new HtmlTextExtractor();

    public SourceText read(SourceDocument source) throws UnreadableSourceException {
        byte[] bytes = source.bytes();
        if (bytes.length == 0) {
            throw new UnreadableSourceException("the file is empty");
        }
        SourceFormat format = SourceFormat.of(source.fileName(), bytes);
        return switch (format) {
            case PDF -> pdf.read(bytes);
            case DOCX -> docx.read(bytes);
            case HTML -> html.read(bytes);
            case TEXT -> plainText(bytes);
        };
    }

    private SourceText plainText(byte[] bytes) throws UnreadableSourceException {
        if (looksBinary(bytes)) {
            throw new UnreadableSourceException("the file is not text (it holds NUL bytes)");
        }
        DecodedText decoded = decoder.decode(bytes);
        return new SourceText(decoded.text(), Optional.of(decoded.encoding()), SourceFormat.TEXT);
    }

    /** Text files never hold NUL bytes, except UTF-16, which has a byte-order mark or alternating zeros. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        if (zeros == 0) {
            return false;
        }
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        return !utf16Bom && zeros < n / 3;
    }
}
