package id.saring.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of every key and list item of a YAML file, by path ({@code capaian.tolerance},
 * {@code scales.3.bands.1.label}), so that a problem found after reading can still be reported at
 * {@code file:line}.
 */
final class YamlLines {

    private static final Pattern SEGMENT = Pattern.compile("<[^>]*>|[^.\\[\\]]+");

    private final Map<String, Integer> lines = new HashMap<>();

    /** Indexes {@code file}; a file that does not parse gives an empty index (the parse error says where). */
    static YamlLines of(Path file) {
        YamlLines index = new YamlLines();
        try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
            index.read(p);
        } catch (IOException | RuntimeException e) {
            // reported by the reader with the parser's own location
        }
        return index;
    }

    private void read(JsonParser p) throws IOException {
        while (p.nextToken() != null) {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            String path = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
            lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        }
    }

    /**
     * The line of {@code path} or of its longest known prefix; Bean Validation paths ({@code fields[indikator]
     * .<map value>[2]}) and Jackson paths ({@code capaian.toleransi}) both resolve.
     */
    int lineOf(String path) {
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (!m.group().startsWith("<")) {
                segments.add(m.group());
            }
        }
        for (int n = segments.size(); n > 0; n--) {
            Integer line = lines.get(String.join(".", segments.subList(0, n)));
            if (line != null) {
                return line;
            }
        }
        return 0;
    }
}
