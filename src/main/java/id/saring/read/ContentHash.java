package id.saring.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an input's content, in lower-case hex: what {@code anomalies.json} gives per input, and how an
 * output made later from the input knows the input is still the one the run read.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** A key of several parts: what a cached result or a kept output was made from. */
    public static Key key() {
        return new Key();
    }

    /**
     * A SHA-256 over several parts in order, each written with its length, so that no two different lists of parts
     * give one key.
     */
    public static final class Key {
        private final MessageDigest digest = digest();

        private Key() {
        }

        public Key add(String... parts) {
            for (String part : parts) {
                digest.update((part.length() + ":" + part + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }

        /** Adds the content of {@code file}. */
        public Key addContent(Path file) throws IOException {
            update(digest, file);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
