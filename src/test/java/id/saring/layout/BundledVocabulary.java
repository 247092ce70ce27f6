package id.saring.layout;

import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import java.nio.file.Path;
import java.util.Optional;

/** The header vocabulary of the bundled {@code rules/columns.yaml}, loaded once for all layout tests. */
final class BundledVocabulary {

    private static HeaderVocabulary vocabulary;

    private BundledVocabulary() {
    }

    /** Tests run with the project folder as working directory. */
    static synchronized HeaderVocabulary get() {
        if (vocabulary == null) {
            try {
                vocabulary = new RuleLoader().load(Path.of("rules"), Optional.empty()).columns();
            } catch (RuleFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return vocabulary;
    }
}
