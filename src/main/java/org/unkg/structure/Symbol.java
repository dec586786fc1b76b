package org.unkg.structure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * A UN document symbol in canonical form: {@code S/RES/1373 (2001)} with one space before the year, as the Dag
 * Hammarskjöld Library writes it; {@code S/PRST/2012/16}, {@code A/RES/60/288}, {@code S/PV.6760} and the others
 * without spaces. The document type follows from the form where the form tells it.
 */
public record Symbol(String canonical, DocumentType type) {

    private record Form(Pattern pattern, DocumentType type) {
    }

    private static final String SUFFIX = "((?:/(?:Add|Rev|Corr|Amend|Adv)\\.\\d{1,3})*)";

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("S/RES/(\\d{1,4})\\((\\d{4})\\)" + SUFFIX), DocumentType.RESOLUTION),
            new Form(Pattern.compile("A/RES/(\\d{1,4})\\(([IVXLC]{1,7}|S-[IVX]{1,4}|ES-[IVX]{1,4})\\)" + SUFFIX),
                    DocumentType.RESOLUTION),
            new Form(Pattern.compile("A/RES/((?:ES-|S-)?\\d{1,3})/(\\d{1,4})" + SUFFIX), DocumentType.RESOLUTION),
            new Form(Pattern.compile("E/RES/(\\d{4})/(\\d{1,4})" + SUFFIX), DocumentType.RESOLUTION),
            new Form(Pattern.compile("S/PRST/(\\d{4})/(\\d{1,3})" + SUFFIX), DocumentType.PRESIDENTIAL_STATEMENT),
            new Form(Pattern.compile("S/PV\\.(\\d{1,5})(\\((?:Resumption|Part)\\d{1,2}\\))?" + SUFFIX),
                    DocumentType.MEETING_RECORD),
            new Form(Pattern.compile("S/AGENDA/(\\d{1,5})" + SUFFIX, Pattern.CASE_INSENSITIVE), DocumentType.AGENDA),
            new Form(Pattern.compile("S/(\\d{4})/(\\d{1,4})" + SUFFIX), DocumentType.DOCUMENT),
            new Form(Pattern.compile("S/(\\d{1,5})" + SUFFIX), DocumentType.DOCUMENT),
            new Form(Pattern.compile("A/((?:ES-|S-)?\\d{1,3})/(\\d{1,4})" + SUFFIX), DocumentType.DOCUMENT),
            new Form(Pattern.compile("A/((?:ES-|S-)?\\d{1,3})/(L|INF)\\.(\\d{1,4})" + SUFFIX), DocumentType.DOCUMENT),
            new Form(Pattern.compile("E/(\\d{4})/(\\d{1,4})" + SUFFIX), DocumentType.DOCUMENT),
            // the General Assembly's documents before its sessions were numbered in the symbol (1946-1975)
            new Form(Pattern.compile("A/(\\d{3,5})" + SUFFIX), DocumentType.DOCUMENT),
            // the Human Rights Council's documents and resolutions: A/HRC/16/25, A/HRC/RES/S-15/1
            new Form(Pattern.compile("A/HRC/RES/((?:S-)?\\d{1,2})/(\\d{1,3})" + SUFFIX), DocumentType.RESOLUTION),
            new Form(Pattern.compile("A/HRC/((?:S-)?\\d{1,2})/(\\d{1,3})" + SUFFIX), DocumentType.DOCUMENT),
            // documents of subsidiary bodies and conferences: S/AC.51/2009/3, A/AC.109/2011, A/CONF.183/9
            new Form(Pattern.compile("[SAE]/(?:AC|C|CN|CONF|PC)\\.\\d{1,3}(?:/(?:\\d{1,4}|[A-Z]{1,4}(?:\\.\\d{1,4})?)){1,3}"
                    + SUFFIX), DocumentType.DOCUMENT));

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SC_RESOLUTION = Pattern.compile("S/RES/(\\d{1,4}) \\((\\d{4})\\).*");

    /**
     * Reads a symbol written any usual way (spaces anywhere, {@code Res} for {@code RES}, full-width forms such as
     * {@code Ｓ／ＲＥＳ／１３７３}); empty if unknown form.
     */
    public static Optional<Symbol> parse(String written) {
        String compact = SPACE.matcher(CharacterForms.fold(written)).replaceAll("").replace("*", "");
        compact = compact.replace("/Res/", "/RES/").replace("/res/", "/RES/").replace("/Prst/", "/PRST/");
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(compact);
            if (m.matches()) {
                return Optional.of(new Symbol(canonicalize(compact, form), form.type()));
            }
        }
        return Optional.empty();
    }

    /** The symbol of Security Council resolution {@code number} adopted in {@code year}. */
    public static Symbol securityCouncilResolution(int number, int year) {
        return new Symbol("S/RES/" + number + " (" + year + ")", DocumentType.RESOLUTION);
    }

    private static String canonicalize(String compact, Form form) {
        if (compact.startsWith("S/AGENDA/") || compact.startsWith("S/agenda/")) {
            compact = "S/Agenda/" + compact.substring(9);
        }
        // The year or session in parentheses takes a space before it; nothing else does.
        if (compact.startsWith("S/RES/") || compact.startsWith("A/RES/") && compact.contains("(")) {
            return compact.replaceFirst("\\(", " (");
        }
        return compact;
    }

    /** The symbol with its spaces removed, as it appears in IRIs and on undocs.org. */
    public String key() {
        return SPACE.matcher(canonical).replaceAll("");
    }

    /** The resolution's number, for Security Council resolutions. */
    public OptionalInt securityCouncilResolutionNumber() {
        Matcher m = SC_RESOLUTION.matcher(canonical);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The year in the symbol of a Security Council resolution. */
    public OptionalInt securityCouncilResolutionYear() {
        Matcher m = SC_RESOLUTION.matcher(canonical);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
