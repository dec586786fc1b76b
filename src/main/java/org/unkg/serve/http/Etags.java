package org.unkg.serve.http;

import java.nio.charset.StandardCharsets;

import org.unkg.common.Sha256;

/** Strong entity tags from content, and the {@code If-None-Match} test against them. */
public final class Etags {

    private Etags() {
    }

    /** A quoted tag made of the first 16 hex digits of the content's SHA-256. */
    public static String of(byte[] body) {
        return "\"" + Sha256.hex(body).substring(0, 16) + "\"";
    }

    /** A tag for text content. */
    public static String of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code If-None-Match} header names the tag (weakly, as RFC 9110 asks for GET), or is {@code *}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
