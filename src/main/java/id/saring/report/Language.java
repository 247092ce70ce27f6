package id.saring.report;

import java.util.Locale;
import java.util.Optional;

/** The language of every user-facing message. Indonesian unless {@code --lang en}. */
public enum Language {
    ID(Locale.forLanguageTag("id-ID")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        return switch (code) {
            case "id" -> Optional.of(ID);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
