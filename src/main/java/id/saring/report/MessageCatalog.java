package id.saring.report;

import id.saring.model.Message;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders messages in Indonesian ({@code messages.properties}) or English ({@code messages_en.properties}).
 * Numbers are written the way the language writes them: {@code 3.489.328.596} and {@code 94,05} in Indonesian,
 * {@code 3,489,328,596} and {@code 94.05} in English, with the decimals they carry.
 */
public final class MessageCatalog {

    private static final String BUNDLE = "id.saring.report.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public MessageCatalog(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language every message of this catalog is written in. */
    public Language language() {
        return language;
    }

    public String render(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + message.key() + "' for " + language, e);
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Renders a message given by key and arguments. */
    public String render(String key, Object... args) {
        return render(Message.of(key, args));
    }

    /** A number with exactly its own decimals and the language's separators. */
    public String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private Object argument(Object arg) {
        if (arg instanceof Message nested) {
            return render(nested);
        }
        if (arg instanceof BigDecimal number) {
            return number(number);
        }
        return arg;
    }
}
