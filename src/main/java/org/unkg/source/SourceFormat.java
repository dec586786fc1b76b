package org.unkg.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms in which the UN publishes its documents and the converter reads them: plain text, PDF, Word
 * ({@code .docx}) and web pages, each with its media type. A file's name tells its form, and its first bytes where the
 * name does not (a PDF starts with {@code %PDF-}, a Word file is a ZIP archive, a page opens with an HTML tag).
 */
public enum SourceFormat {
    TEXT("text/plain", List.of("txt")),
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    HTML("text/html", List.of("html", "htm", "xhtml"));

    private final String mediaType;
    private final List<String> extensions;

    SourceFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The IANA media type, as {@code unkg:sourceMediaType} records it. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension names, if it names one the converter reads. */
    public static Optional<SourceFormat> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.startsWith(".")) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        for (SourceFormat f : values()) {
            if (f.extensions.contains(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The form of a file. Its name's extension is believed, but that a text file holding a PDF or a web page is read
     * as one; a file whose name names no form is known by its first bytes. A ZIP archive named {@code .txt} stays a
     * (broken) text file: many formats are ZIP archives.
     */
    public static SourceFormat of(String fileName, byte[] bytes) {
        Optional<SourceFormat> named = byName(fileName);
        if (startsWith(bytes, "%PDF-") && named.map(f -> f == TEXT).orElse(true)) {
            return PDF;
        }
        if (looksLikeHtml(bytes) && named.map(f -> f == TEXT).orElse(true)) {
            return HTML;
        }
        if (named.isEmpty() && startsWith(bytes, "PK\u0003\u0004")) {
            return DOCX;
        }
        return named.orElse(TEXT);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    /** An HTML page opens, after an optional byte-order mark and white space, with a doctype or an html tag. */
    private static boolean looksLikeHtml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        String head = new String(bytes, i, Math.min(bytes.length - i, 15), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
