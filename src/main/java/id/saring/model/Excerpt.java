package id.saring.model;

/**
 * The text a finding carries of an input: at most {@value #MAX_CHARS} characters, a longer text cut there and ended
 * with an ellipsis ({@code …}). A finding names a cell's content so that a person recognises it; a cell of megabytes
 * would otherwise be copied whole into every report that lists the finding.
 */
public final class Excerpt {

    public static final int MAX_CHARS = 1_000;

    private Excerpt() {
    }

    /** {@code text} itself when it is short enough, else its first {@value #MAX_CHARS} characters and {@code …}. */
    public static String of(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + "…";
    }
}
