package id.saring.model;

import java.util.List;

/**
 * A user-facing message kept as a key and its arguments, so that it can be rendered in Indonesian or
 * English when a report is written. Arguments are strings, numbers ({@link java.math.BigDecimal},
 * rendered with the language's decimal mark) or nested messages; a string argument is kept as its
 * {@link Excerpt}, so that a message quoting a cell never carries more than a few lines of it.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args.stream().map(a -> a instanceof String text ? Excerpt.of(text) : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
