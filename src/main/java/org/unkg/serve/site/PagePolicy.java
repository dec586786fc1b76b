package org.unkg.serve.site;

/**
 * The Content-Security-Policy of the site's pages: scripts, styles, requests and images from this server only
 * (images also inline, as {@code data:}, which YASGUI's icons are), no inline script or style attribute, no frames.
 */
public final class PagePolicy {

    private PagePolicy() {
    }

    /** The policy, allowing besides the inline {@code <style>} elements whose hashes are given. */
    public static String of(String... styleHashes) {
        StringBuilder style = new StringBuilder("'self'");
        for (String hash : styleHashes) {
            style.append(" '").append(hash).append("'");
        }
        return "default-src 'self'; script-src 'self'; style-src " + style + "; connect-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
