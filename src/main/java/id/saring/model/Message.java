package id.saring.model;

import java.util.List;

/**
 * A user-facing message kept as a key and its arguments, so that it can be rendered in Indonesian or
 * English when a report is written. Arguments are strings, numbers ({@link java.math.BigDecimal},
 * rendered with the language's decimal mark) or nested messages.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
