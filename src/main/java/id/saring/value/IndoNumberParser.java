package id.saring.value;

import id.saring.model.Value;
import id.saring.model.Value.Ambiguous;
import id.saring.model.Value.Band;
import id.saring.model.Value.Blank;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Qualifier;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Reason;
import id.saring.model.Value.Unit;
import id.saring.model.Value.Unreadable;
import id.saring.layout.Words;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers Indonesian agencies write: {@code Rp 3.489.328.596,-}, {@code 91,19 %}, {@code 89.88 %},
 * {@code (863.048.605.489)}, {@code 418 136,50}, {@code Rp.10,95 juta}, {@code Minimal 3,226}, {@code 18 Orang},
 * {@code 3 ± 1}, {@code A (86,45)}.
 *
 * <p>Only one form depends on the column's convention: a single mark followed by exactly three digits
 * ({@code 1.234}, {@code -18,091}). Every other form reads the same under any convention, so a value like
 * {@code 88.51} inside a comma table is read as 88.51, never as 8851. When the convention is unsettled the
 * result is {@link Ambiguous}, never a guess. Damaged numbers ({@code 11.879.357.00}, {@code 30,393.434.000,00},
 * {@code 4,333E+09}) are {@link Unreadable} with the reason. {@code N/A} and {@code NA} ("not applicable") are
 * blank, like an empty cell.
 */
public final class IndoNumberParser {

    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014\u2212]+");
    /** "Not applicable": a target that does not exist for that year, not a damaged number. */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)n\\s*/\\s*a|n\\.?a\\.?|t/a");
    private static final Pattern FOOTNOTE = Pattern.compile("[*\u2020\u00b9\u00b2\u00b3)]*[*\u2020\u00b9\u00b2\u00b3]+$");
    private static final Pattern SPREADSHEET_ERROR =
            Pattern.compile("#(DIV/0!|N/A|VALUE!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+([.,]\\d+)?[eE][-+]?\\d+");
    private static final Pattern GRADE_WITH_SCORE = Pattern.compile("(.+?)\\s*\\.?\\s*\\(\\s*([^()]+?)\\s*\\)");
    private static final String NUMBER = "[-\u2212]?\\d[\\d.,]*";
    private static final Pattern PLUS_MINUS =
            Pattern.compile("(" + NUMBER + ")\\s*(?:\u00b1|\\+/-|\\+-)\\s*(" + NUMBER + ")");
    private static final Pattern RANGE = Pattern.compile(
            "(" + NUMBER + ")\\s*(?:-|\u2013|\u2014|s\\.?\\s?d\\.?|s/d|sampai)\\s*(" + NUMBER + ")\\s*(%|persen)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER = Pattern.compile(
            "^(\u2265|>=|=>|\u2264|<=|=<|>|<|minimal|min\\.?|paling sedikit|sekurang-kurangnya|maksimal|maks\\.?"
                    + "|max\\.?|paling banyak)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY = Pattern.compile("^(rp\\.?|idr)\\s*", Pattern.CASE_INSENSITIVE);
    /** The two marks a number groups its digits with ({@link #validGrouping}). */
    private static final Pattern DOT_MARK = Pattern.compile(".", Pattern.LITERAL);
    private static final Pattern COMMA_MARK = Pattern.compile(",", Pattern.LITERAL);
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+([.,]\\d+)*");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<num>\\d[\\d., ]*?|[.,]\\d+)\\s*(?<nocents>[,.]-)?\\s*"
                    + "(?<scale>(?:(?i:ribu|rb|juta|jt|miliar|milyar|triliun)|M|T)(?![A-Za-z]))?\\.?\\s*"
                    + "(?<pct>%|(?i:persen)(?![A-Za-z]))?\\s*(?<word>[A-Za-z][A-Za-z./]*(?: [A-Za-z][A-Za-z./]*)*)?");

    private final GradeVocabulary grades;
    /** No grade label holds a digit, so no plain number ({@link #plainParts}) can be a grade. */
    private final boolean plainNumbersAreQuantities;

    public IndoNumberParser(GradeVocabulary grades) {
        this.grades = grades;
        this.plainNumbersAreQuantities = !grades.holdsDigits();
    }

    /** Reads one cell text; {@code convention} settles the {@code 1.234} form, nothing else. */
    public Value parse(String text, DecimalConvention convention) {
        Parts plain = plainNumbersAreQuantities ? plainParts(text) : null;
        return plain != null ? quantity(plain, convention) : parseByGrammar(text, convention);
    }

    /** {@link #parse} by every form of the grammar, the plain number's too. */
    Value parseByGrammar(String text, DecimalConvention convention) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return new Blank(false);
        }
        if (DASH.matcher(s).matches()) {
            return new Blank(true);
        }
        if (NOT_APPLICABLE.matcher(s).matches()) {
            return new Blank(false);
        }
        s = FOOTNOTE.matcher(s).replaceFirst("").strip();
        if (s.isEmpty()) {
            return new Unreadable(Reason.NOT_A_NUMBER);
        }
        if (SPREADSHEET_ERROR.matcher(s).matches()) {
            return new Unreadable(Reason.SPREADSHEET_ERROR);
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            return new Unreadable(Reason.SCIENTIFIC_NOTATION);
        }
        Optional<String> grade = grades.find(s);
        if (grade.isPresent()) {
            return new Grade(grade.get(), Optional.empty());
        }
        Matcher scored = GRADE_WITH_SCORE.matcher(s);
        if (scored.matches()) {
            Optional<String> label = grades.find(scored.group(1));
            if (label.isPresent()) {
                if (grades.find(scored.group(2)).isPresent()) {
                    return new Grade(label.get(), Optional.empty()); // "A- (Sangat Baik)": grade and its word
                }
                Value score = parseQuantity(scored.group(2), convention);
                return score instanceof Quantity q
                        ? new Grade(label.get(), Optional.of(q.amount()))
                        : new Unreadable(Reason.NOT_A_NUMBER);
            }
        }
        Value band = parseBand(s, convention);
        if (band != null) {
            return band;
        }
        return parseQuantity(s, convention);
    }

    /**
     * What {@code text} alone says about its column's decimal mark: {@code 4.660.490.628} and {@code 12,5}
     * say {@link DecimalConvention#COMMA}; {@code 141,531,258,069} and {@code 88.51} say {@link DecimalConvention#DOT};
     * {@code 1.234} and {@code 100} say nothing.
     */
    public Optional<DecimalConvention> evidence(String text) {
        Parts parts = plainParts(text);
        return parts != null ? markEvidence(parts.digits(), false) : evidenceByGrammar(text);
    }

    /** {@link #evidence} by every form of the grammar, the plain number's too. */
    Optional<DecimalConvention> evidenceByGrammar(String text) {
        String s = FOOTNOTE.matcher(normalise(text)).replaceFirst("").strip();
        Parts parts = split(s);
        if (parts == null) {
            return Optional.empty();
        }
        String core = parts.digits();
        if (core.indexOf(' ') >= 0) {
            String[] groups = core.split(" ");
            String last = groups[groups.length - 1];
            return validSpaceGrouping(groups) ? markEvidence(last, true) : Optional.empty();
        }
        return markEvidence(core, false);
    }

    private static Optional<DecimalConvention> markEvidence(String core, boolean decimalOnly) {
        if (!(readDigits(core, DecimalConvention.UNSETTLED, decimalOnly) instanceof Quantity)) {
            return Optional.empty(); // damaged or ambiguous numbers settle nothing
        }
        int dots = count(core, '.');
        int commas = count(core, ',');
        char end = core.charAt(core.length() - 1);
        if (dots + commas == 0 || end == '.' || end == ',' || core.charAt(0) == '.' || core.charAt(0) == ',') {
            return Optional.empty(); // "100", "60,", ",5": no mark between digits
        }
        char lastMark = core.charAt(Math.max(core.lastIndexOf('.'), core.lastIndexOf(',')));
        boolean lastIsDecimal = (dots > 0 && commas > 0) || dots + commas == 1;
        char decimalMark = lastIsDecimal ? lastMark : lastMark == '.' ? ',' : '.';
        return Optional.of(decimalMark == ',' ? DecimalConvention.COMMA : DecimalConvention.DOT);
    }

    private Value parseBand(String s, DecimalConvention convention) {
        Matcher pm = PLUS_MINUS.matcher(s);
        if (pm.matches()) {
            Value centre = parseQuantity(pm.group(1), convention);
            Value spread = parseQuantity(pm.group(2), convention);
            if (centre instanceof Quantity c && spread instanceof Quantity d) {
                return new Band(c.amount().subtract(d.amount()), c.amount().add(d.amount()));
            }
            return null;
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches() && !range.group(1).startsWith("-") && !range.group(1).startsWith("\u2212")) {
            Value low = parseQuantity(range.group(1), convention);
            Value high = parseQuantity(range.group(2), convention);
            if (low instanceof Quantity l && high instanceof Quantity h && l.amount().compareTo(h.amount()) < 0) {
                return new Band(l.amount(), h.amount());
            }
        }
        return null;
    }

    private Value parseQuantity(String text, DecimalConvention convention) {
        Parts parts = split(text);
        if (parts == null) {
            return new Unreadable(countDigitRuns(text) >= 2 ? Reason.SEVERAL_NUMBERS : Reason.NOT_A_NUMBER);
        }
        if (parts.digits().isEmpty()) {
            return new Blank(true); // "Rp -"
        }
        return quantity(parts, convention);
    }

    /** The number {@code parts} give, its digits not empty. */
    private static Value quantity(Parts parts, DecimalConvention convention) {
        String core = parts.digits();
        boolean decimalOnly = false;
        if (core.indexOf(' ') >= 0) {
            String[] groups = core.split(" ");
            if (!validSpaceGrouping(groups)) {
                return new Unreadable(Reason.SEVERAL_NUMBERS);
            }
            core = String.join("", groups);
            decimalOnly = true;
        }
        Value number = readDigits(core, convention, decimalOnly);
        if (!(number instanceof Quantity q)) {
            if (number instanceof Ambiguous a) {
                // "Rp. 11,683 juta" is 11.683 or 11683 juta: each reading in plain units, as a settled column reads it
                BigDecimal decimal = a.decimalReading().movePointRight(parts.exponent());
                BigDecimal thousands = a.thousandsReading().movePointRight(parts.exponent());
                return parts.negative() ? new Ambiguous(decimal.negate(), thousands.negate())
                        : new Ambiguous(decimal, thousands);
            }
            return number;
        }
        BigDecimal amount = q.amount().movePointRight(parts.exponent());
        int decimals = Math.max(0, q.decimals() - parts.exponent());
        if (parts.negative()) {
            amount = amount.negate();
        }
        return new Quantity(amount, decimals, parts.unit(), parts.qualifier(), parts.unitWord());
    }

    /** The pieces around the digits: sign, qualifier, currency, percent, scale word, count word. */
    private record Parts(String digits, boolean negative, Qualifier qualifier, Unit unit, int exponent,
            String unitWord) {
    }

    /**
     * The parts of the form most cells take, as {@link #split} cuts them: digits and marks, at most a minus before
     * them and a percent sign after ({@code 3.489.328.596}, {@code -18,091}, {@code 91,19 %}). Null for any other
     * text, which the grammar reads. No other form of {@link #parseByGrammar} matches such a text (a dash, "not
     * applicable", a footnote, a spreadsheet error, scientific notation, a band, a qualifier and a currency each
     * need a character it lacks); and {@link #plainNumbersAreQuantities} says whether a grade could.
     */
    private static Parts plainParts(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        boolean negative = from < to && text.charAt(from) == '-';
        if (negative) {
            from++;
        }
        boolean percent = to > from && text.charAt(to - 1) == '%';
        if (percent) {
            to--;
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
        }
        if (from == to || !isDigit(text.charAt(from))) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && c != '.' && c != ',') {
                return null;
            }
        }
        if (to - from > 1 && text.charAt(to - 1) == '.') {
            to--; // the grammar reads a last dot as the abbreviation mark after the number ("12." as "12")
        }
        return new Parts(text.substring(from, to), negative, Qualifier.EXACT, percent ? Unit.PERCENT : Unit.PLAIN,
                0, "");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Parts split(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        Qualifier qualifier = Qualifier.EXACT;
        Matcher q = QUALIFIER.matcher(s);
        if (q.find()) {
            qualifier = qualifierOf(q.group(1));
            s = s.substring(q.end());
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        boolean money = false;
        Matcher c = CURRENCY.matcher(s);
        if (c.find()) {
            money = true;
            s = s.substring(c.end());
            if (s.startsWith("-") || s.startsWith("\u2212")) {
                if (DASH.matcher(s.strip()).matches()) {
                    return new Parts("", false, qualifier, Unit.RUPIAH, 0, "");
                }
                negative = !negative;
                s = s.substring(1).strip();
            }
        }
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group("num").strip();
        int exponent = m.group("scale") == null ? 0 : exponentOf(m.group("scale"));
        boolean percent = m.group("pct") != null;
        String word = m.group("word") == null ? "" : m.group("word");
        if (!word.isEmpty() && (percent || money || exponent > 0)) {
            return null; // "Rp 5 juta rupiah" and the like: not a form we read
        }
        Unit unit = money ? Unit.RUPIAH : percent ? Unit.PERCENT : word.isEmpty() ? Unit.PLAIN : Unit.COUNT;
        return new Parts(digits, negative, qualifier, unit, exponent, word);
    }

    private static Value readDigits(String core, DecimalConvention convention, boolean decimalOnly) {
        String s = core;
        if (s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1); // "60,%": a mark with no digits after it
        }
        if (s.startsWith(".") || s.startsWith(",")) {
            s = "0" + s;
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots + commas == 0) {
            return quantity(s, "");
        }
        int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        char lastMark = s.charAt(last);
        String left = s.substring(0, last);
        String right = s.substring(last + 1);
        if (dots > 0 && commas > 0) {
            char groupMark = lastMark == ',' ? '.' : ',';
            if (left.indexOf(lastMark) >= 0) {
                return new Unreadable(Reason.MIXED_SEPARATORS);
            }
            return validGrouping(left, groupMark)
                    ? quantity(left.replace(String.valueOf(groupMark), ""), right)
                    : new Unreadable(Reason.BROKEN_GROUPING);
        }
        if (dots + commas >= 2) {
            if (decimalOnly || !validGrouping(s, lastMark)) {
                return new Unreadable(Reason.BROKEN_GROUPING);
            }
            return quantity(s.replace(String.valueOf(lastMark), ""), "");
        }
        if (decimalOnly || isDecimalByForm(left, right)) {
            return quantity(left, right);
        }
        if (!allDigits(left) || !allDigits(right)) {
            return new Unreadable(Reason.NOT_A_NUMBER);
        }
        return switch (convention) {
            case COMMA -> lastMark == ',' ? quantity(left, right) : quantity(left + right, "");
            case DOT -> lastMark == '.' ? quantity(left, right) : quantity(left + right, "");
            case UNSETTLED -> new Ambiguous(new BigDecimal(left + "." + right), new BigDecimal(left + right));
        };
    }

    /** A single mark is a decimal mark when what surrounds it cannot be thousands grouping. */
    private static boolean isDecimalByForm(String left, String right) {
        return right.length() != 3 || left.isEmpty() || left.length() > 3 || left.charAt(0) == '0';
    }

    /** @param mark {@code .} or {@code ,} */
    private static boolean validGrouping(String s, char mark) {
        String[] groups = (mark == '.' ? DOT_MARK : COMMA_MARK).split(s, -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0])) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !allDigits(groups[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code 418 136,50}: first group 1-3 digits, then groups of exactly 3, a decimal part only at the end. */
    private static boolean validSpaceGrouping(String[] groups) {
        if (groups.length < 2 || groups[0].length() > 3 || !allDigits(groups[0])) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            String g = groups[i];
            boolean lastGroup = i == groups.length - 1;
            String whole = lastGroup && g.length() > 3 && (g.charAt(3) == ',' || g.charAt(3) == '.')
                    ? g.substring(0, 3) : g;
            if (whole.length() != 3 || !allDigits(whole)) {
                return false;
            }
            if (whole.length() < g.length() && !allDigits(g.substring(4))) {
                return false;
            }
        }
        return true;
    }

    private static Value quantity(String whole, String fraction) {
        if (!allDigits(whole) || !allDigits(fraction) || whole.isEmpty()) {
            return new Unreadable(Reason.NOT_A_NUMBER);
        }
        BigDecimal amount = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
        return new Quantity(amount, fraction.length(), Unit.PLAIN, Qualifier.EXACT, "");
    }

    private static Qualifier qualifierOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals(">")) {
            return Qualifier.MORE_THAN;
        }
        if (w.equals("<")) {
            return Qualifier.LESS_THAN;
        }
        if (w.equals("\u2265") || w.equals(">=") || w.equals("=>") || w.startsWith("min") || w.startsWith("paling s")
                || w.startsWith("sekurang")) {
            return Qualifier.AT_LEAST;
        }
        return Qualifier.AT_MOST;
    }

    private static int exponentOf(String scale) {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "ribu", "rb" -> 3;
            case "juta", "jt" -> 6;
            case "miliar", "milyar", "m" -> 9;
            default -> 12; // triliun, T
        };
    }

    private static String normalise(String text) {
        return Words.squeeze(text.replace('\u00a0', ' ').replace('\u202f', ' ')).strip();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int countDigitRuns(String s) {
        return (int) DIGIT_RUN.matcher(s).results().count();
    }
}
