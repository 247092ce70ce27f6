package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A user's rule folder in a test: copies of bundled rule files with a text replaced, and what loading says. */
final class UserRuleFolder {

    static final Path BUNDLED = Path.of("rules");

    private final Path folder;

    UserRuleFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes a copy of a bundled file into the folder with one piece of text replaced. */
    Path copyWith(String file, String from, String to) throws IOException {
        String text = Files.readString(BUNDLED.resolve(file));
        assertThat(text).as("the bundled %s holds the text to replace", file).contains(from);
        Path copy = folder.resolve(file);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text.replace(from, to));
        return copy;
    }

    /** The line of a file where {@code text} first starts, as an editor counts it. */
    static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The number of the first line of {@code file} that starts with {@code start}, counted from 1. */
    static int lineStartingWith(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line starting with " + start);
    }

    /** The single problem loading the folder over the bundled rules reports; it is also the exception's message. */
    String problem() {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, this::load);
        assertThat(e).as("loading fails").isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0));
        return e.problems().get(0);
    }

    RuleSet load() throws RuleFileException {
        return new RuleLoader().load(BUNDLED, Optional.of(folder));
    }
}
