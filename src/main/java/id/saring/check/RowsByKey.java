package id.saring.check;

/**
 * The first row each key was seen on, for every record of a table, in little memory: keys are 64-bit hashes of
 * the text they stand for, kept in flat arrays, so that a table of a million budget lines needs some 40 MB at
 * most. Two texts sharing a 64-bit hash in one table are unlikely enough to be ignored.
 */
final class RowsByKey {

    /** Where a key was seen first: its row and a hash of the figures stated there. */
    record Seen(int row, long figures) {
    }

    private static final int FIRST_CAPACITY = 64;

    private long[] keys = new long[FIRST_CAPACITY];
    private int[] rows = new int[FIRST_CAPACITY];
    private long[] figures = new long[FIRST_CAPACITY];
    private int size;

    /**
     * Remembers {@code row} for {@code key} unless the key was seen before.
     *
     * @param row a row number, 1 or more
     * @return where the key was seen first, or null when this is its first row
     */
    Seen putIfAbsent(String key, int row, long figuresHash) {
        long hash = hash(key);
        int at = slot(keys, rows, hash);
        if (rows[at] != 0) {
            return new Seen(rows[at], figures[at]);
        }
        keys[at] = hash;
        rows[at] = row;
        figures[at] = figuresHash;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    void clear() {
        if (size > 0) {
            keys = new long[FIRST_CAPACITY];
            rows = new int[FIRST_CAPACITY];
            figures = new long[FIRST_CAPACITY];
            size = 0;
        }
    }

    /** FNV-1a over the characters of {@code text}. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static int slot(long[] keys, int[] rows, long hash) {
        int mask = keys.length - 1;
        int at = (int) (hash ^ (hash >>> 32)) & mask;
        while (rows[at] != 0 && keys[at] != hash) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        long[] oldFigures = figures;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        figures = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != 0) {
                int at = slot(keys, rows, oldKeys[i]);
                keys[at] = oldKeys[i];
                rows[at] = oldRows[i];
                figures[at] = oldFigures[i];
            }
        }
    }
}
