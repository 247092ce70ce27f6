package id.saring.rules;

import java.util.List;

/** One or more rule files are broken; each problem reads {@code file:line: message} (line when known). */
public final class RuleFileException extends Exception {

    private final List<String> problems;

    public RuleFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
