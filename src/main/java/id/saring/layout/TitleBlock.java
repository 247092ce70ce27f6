package id.saring.layout;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rows above a table say about it: its caption, the agency ({@code OPD : Sekretaris Daerah},
 * {@code … Kecamatan Sumber Harta Kabupaten Musi Rawas Tahun 2023}) and the year.
 */
final class TitleBlock {

    private static final Pattern YEAR_AFTER_TAHUN =
            Pattern.compile("(?i)\\btahun(?:\\s+anggaran)?\\s*:?\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    /** Where an agency name found in a title ends. */
    private static final Pattern NAME_END = Pattern.compile(
            "(?i)\\s+(?:tahun|periode|triwulan|semester|s\\.d|sampai|serta|dalam|yang|untuk)\\b|[(,;:]");

    /** The patterns of each list of agency words, compiled once: a sheet is laid out for every sheet read. */
    private static final Map<List<String>, List<Pattern>> AGENCY_PATTERNS = new ConcurrentHashMap<>();

    private final HeaderVocabulary vocabulary;
    private final List<Pattern> agencyPatterns;

    TitleBlock(HeaderVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.agencyPatterns = AGENCY_PATTERNS.computeIfAbsent(vocabulary.agencyWords(), words -> words.stream()
                .map(w -> Pattern.compile("(?<!\\p{L})" + String.join("\\s+",
                        java.util.Arrays.stream(w.split(" ")).map(Pattern::quote).toList()) + "(?!\\p{L})"))
                .toList());
    }

    /** The caption: the first line starting with a caption word, else the first line, else empty. */
    String title(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String n = Words.normalise(lines.get(i));
            if (vocabulary.rows().caption().stream().anyMatch(w -> Words.startsWithPhrase(n, w))) {
                // "Tabel" alone on its line is followed by the caption's text on the next one
                return i + 1 < lines.size() && lines.get(i).strip().split("\\s+").length <= 2
                        ? lines.get(i) + " " + lines.get(i + 1) : lines.get(i);
            }
        }
        return lines.isEmpty() ? "" : lines.get(0);
    }

    Optional<String> agency(List<String> lines) {
        for (String line : lines) {
            Optional<String> labelled = labelledAgency(line);
            if (labelled.isPresent()) {
                return labelled;
            }
        }
        for (String line : lines) {
            Optional<String> named = namedAgency(line);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** The one year a file name states ({@code iku-2023.xlsx}); none when it states none or several. */
    Optional<String> yearOfFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        List<String> years = YEAR_IN_NAME.matcher(name).results().map(r -> r.group(1)).distinct().toList();
        return years.size() == 1 ? Optional.of(years.get(0)) : Optional.empty();
    }

    Optional<String> year(List<String> lines) {
        for (String line : lines) {
            Matcher m = YEAR_AFTER_TAHUN.matcher(line);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        for (String line : lines) {
            if (YEAR_ALONE.matcher(line.strip()).matches()) {
                return Optional.of(line.strip());
            }
        }
        return Optional.empty();
    }

    /** {@code OPD : Sekretaris Daerah}. */
    private Optional<String> labelledAgency(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String label = Words.normalise(line.substring(0, colon));
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty() || !vocabulary.agencyLabels().contains(label)) {
            return Optional.empty();
        }
        return Optional.of(tidy(value));
    }

    /**
     * An agency word followed by a proper name: {@code Kecamatan Sumber Harta}, not the {@code Kecamatan dalam}
     * of a sentence.
     */
    private Optional<String> namedAgency(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int bestAt = -1;
        for (Pattern word : agencyPatterns) {
            Matcher m = word.matcher(lower);
            while (m.find()) {
                String rest = line.substring(m.end()).stripLeading();
                if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                    if (bestAt < 0 || m.start() < bestAt) {
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        if (bestAt < 0) {
            return Optional.empty();
        }
        String name = properName(line.substring(bestAt));
        Matcher end = NAME_END.matcher(name);
        if (end.find()) {
            name = name.substring(0, end.start());
        }
        name = tidy(name);
        return name.contains(" ") ? Optional.of(name) : Optional.empty();
    }

    /**
     * The agency word and the capitalised words after it, with {@code dan} between two of them
     * ({@code Dinas Kependudukan dan Pencatatan Sipil}); the name ends at the first word in lower case
     * ({@code … Kabupaten Musi Rawas dapat dilihat …}).
     */
    private static String properName(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean capitalised = Character.isUpperCase(w.codePointAt(0));
            boolean joining = w.equals("dan") && i + 1 < words.length
                    && Character.isUpperCase(words[i + 1].codePointAt(0));
            if (!capitalised && !joining) {
                break;
            }
            name.append(' ').append(w);
        }
        return name.toString();
    }

    /** Trims punctuation and turns an all-capitals name into title case. */
    static String tidy(String name) {
        String s = name.strip().replaceAll("[\\s.*:]+$", "").replaceAll("\\s+", " ");
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
