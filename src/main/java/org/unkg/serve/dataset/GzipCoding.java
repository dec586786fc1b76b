package org.unkg.serve.dataset;

import java.util.Locale;

/** Whether an {@code Accept-Encoding} header (RFC 9110, 12.5.3) lets a body be sent with the gzip content coding. */
final class GzipCoding {

    private GzipCoding() {
    }

    /** True without the header (any coding is acceptable), or when it gives gzip (or {@code *}) a quality above 0. */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return true;
        }
        Double gzip = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < fields.length; i++) {
                String parameter = fields[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = quality;
            } else if (coding.equals("*")) {
                any = quality;
            }
        }
        double q = gzip != null ? gzip : any != null ? any : 0;
        return q > 0;
    }
}
