package id.saring.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by header matching, row classification and rule patterns. */
public final class Words {

    /** A run of white space, as the stages split and squeeze text by it. */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern ENUMERATOR_ONLY = Pattern.compile("(?:\\d{1,3}|[a-zA-Z])[.)]?");

    /**
     * A list mark: {@code 1.}, {@code a)}, {@code iv.}, {@code 3.1.}, {@code 1.1 }, a bullet {@code - }, or a
     * number before a capitalised word ({@code 4 Pemberdayaan}). {@code 1.737.188.558} is a number, not a mark.
     */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:"
            + "(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,4})[.)](?:\\s+|(?=\\p{L}))"
            + "|\\d{1,3}(?:\\.\\d{1,3})+\\s+(?=\\S)"
            + "|[-\u2013\u2022\u00b7]\\s+(?=\\S)"
            + "|\\d{1,2}\\s+(?=\\p{Lu}))");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    /**
     * The texts last normalised on this thread and their results, by hash (256 pairs): the checks of a row
     * normalise the same uraian several times, and a sheet of a million lines has a million of them.
     */
    private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[512]);

    private Words() {
    }

    /**
     * {@code text} with each run of white space ({@link #WHITESPACE}: space, tab, line breaks, form feed) made one
     * space, as {@code WHITESPACE.matcher(text).replaceAll(" ")} gives it; most texts come back as they are.
     */
    public static String squeeze(CharSequence text) {
        int n = text.length();
        StringBuilder squeezed = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                if (squeezed != null) {
                    squeezed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isWhitespace(text.charAt(end))) {
                end++;
            }
            if (squeezed == null && (c != ' ' || end > i + 1)) {
                squeezed = new StringBuilder(n).append(text, 0, i);
            }
            if (squeezed != null) {
                squeezed.append(' ');
            }
            i = end - 1;
        }
        return squeezed == null ? text.toString() : squeezed.toString();
    }

    /** What {@code \s} matches. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /**
     * Lower case, accents and punctuation removed, single spaces: {@code "Capaian ( % )"} becomes
     * {@code "capaian %"}, {@code "Program/ Kegiatan"} becomes {@code "program kegiatan"}.
     */
    public static String normalise(String text) {
        String[] cached = RECENT.get();
        int slot = text.hashCode() & (cached.length / 2 - 1);
        if (text.equals(cached[2 * slot])) {
            return cached[2 * slot + 1];
        }
        String normalised = isAscii(text) ? normaliseAscii(text) : NOT_WORD.matcher(
                MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        cached[2 * slot] = text;
        cached[2 * slot + 1] = normalised;
        return normalised;
    }

    /** {@link #normalise} of an ASCII text, as its expressions give it: letters, digits and % kept, in lower case. */
    private static String normaliseAscii(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '%') {
                if (gap && !normalised.isEmpty()) {
                    normalised.append(' ');
                }
                gap = false;
                normalised.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return normalised.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #normalise} but drops parenthesised asides: {@code "PENDAPATAN ASLI DAERAH (PAD)"}. */
    public static String normaliseName(String text) {
        return normalise(PARENTHESISED.matcher(stripEnumerator(text)).replaceAll(" "));
    }

    /** True when the text starts with a list number or letter: {@code "4. Rata-rata Lama Sekolah"}. */
    public static boolean isEnumerated(String text) {
        return ENUMERATOR.matcher(text).find();
    }

    /** The text without a leading list number or letter ({@code "2.Indeks Profesional ASN"}). */
    public static String stripEnumerator(String text) {
        return ENUMERATOR.matcher(text).replaceFirst("").strip();
    }

    /** True for a bare list number or letter such as {@code "1."}, {@code "a)"}, {@code "12"}. */
    public static boolean isEnumeratorOnly(String text) {
        return ENUMERATOR_ONLY.matcher(text.strip()).matches();
    }

    /** True when {@code phrase} (normalised) occurs in {@code text} (normalised) as whole words. */
    public static boolean containsPhrase(String normalisedText, String normalisedPhrase) {
        if (normalisedPhrase.isEmpty()) {
            return false;
        }
        String t = " " + normalisedText + " ";
        return t.contains(" " + normalisedPhrase + " ");
    }

    /** True when {@code normalisedText} starts with {@code normalisedPhrase} as whole words. */
    public static boolean startsWithPhrase(String normalisedText, String normalisedPhrase) {
        return normalisedText.equals(normalisedPhrase) || normalisedText.startsWith(normalisedPhrase + " ");
    }
}
