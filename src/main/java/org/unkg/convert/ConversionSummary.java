package org.unkg.convert;

import java.util.List;

/**
 * What a batch conversion did: how many files converted, which failed and why, the warnings, and how many documents'
 * structure was uncertain (their reading had to guess; each guess is among the warnings).
 */
public record ConversionSummary(int converted, long statements, List<String> failures, List<String> warnings,
        int uncertain) {

    public boolean ok() {
        return failures.isEmpty();
    }

    public String describe() {
        return converted + " documents converted, " + statements + " statements written, " + failures.size()
                + " failed, " + warnings.size() + " warnings, " + uncertain + " of uncertain structure";
    }
}
