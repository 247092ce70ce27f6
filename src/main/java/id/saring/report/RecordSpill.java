package id.saring.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * A list of records that keeps its first {@link #IN_MEMORY} records on the heap and writes the rest to a temporary
 * file, read back as they are iterated: a budget sheet of a million lines goes through a run with a heap of 256 MB.
 * Records are only appended; iteration (also from an index, as {@code subList} does) streams the file in order, and
 * {@link #get} reads one record at its offset. The file is deleted when the list is no longer reachable, and at the
 * latest when the program ends.
 */
public final class RecordSpill<T> extends AbstractList<T> {

    /** Records a list keeps on the heap before it writes to its file. */
    public static final int IN_MEMORY = 20_000;
    private static final Cleaner CLEANER = Cleaner.create();

    /** How a record is written to and read from the file. */
    public interface Codec<T> {
        void write(DataOutputStream out, T record) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    private final Codec<T> codec;
    private final List<T> head = new ArrayList<>();
    private Spilled spilled;
    private DataOutputStream out;
    /** Bytes written to the file so far: where the next record starts. */
    private long written;
    private long[] offsets = new long[0];
    private int tail;

    public RecordSpill(Codec<T> codec) {
        this.codec = codec;
    }

    /** The file part and what deletes it. */
    private static final class Spilled implements Runnable {
        final Path file;

        Spilled(Path file) {
            this.file = file;
        }

        @Override
        public void run() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary folder is the system's to clean
            }
        }
    }

    @Override
    public boolean add(T record) {
        if (head.size() < IN_MEMORY) {
            head.add(record);
            modCount++;
            return true;
        }
        try {
            if (spilled == null) {
                Path file = Files.createTempFile("saring-records-", ".bin");
                file.toFile().deleteOnExit();
                spilled = new Spilled(file);
                CLEANER.register(this, spilled);
                BufferedOutputStream buffered = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                out = new DataOutputStream(new FilterOutputStream(buffered) {
                    @Override
                    public void write(int b) throws IOException {
                        buffered.write(b);
                        written++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        buffered.write(b, off, len);
                        written += len;
                    }
                });
            }
            if (tail == offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(1024, tail * 2));
            }
            offsets[tail++] = written;
            codec.write(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill records to the temporary folder", e);
        }
        modCount++;
        return true;
    }

    @Override
    public int size() {
        return head.size() + tail;
    }

    @Override
    public T get(int index) {
        if (index < head.size()) {
            return head.get(index);
        }
        if (index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        try (DataInputStream in = from(offsets[index - head.size()])) {
            return codec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ListIterator<T> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Reading(index);
    }

    @Override
    public Iterator<T> iterator() {
        return listIterator(0);
    }

    /** The file from {@code offset} on, once what was written is flushed. */
    private DataInputStream from(long offset) throws IOException {
        out.flush();
        FileChannel channel = FileChannel.open(spilled.file, StandardOpenOption.READ);
        channel.position(offset);
        InputStream stream = Channels.newInputStream(channel);
        return new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    }

    /** Reads forward from an index: the heap part, then the file in one stream. */
    private final class Reading extends ForwardIterator<T> {
        private DataInputStream in;

        Reading(int next) {
            super(next);
        }

        @Override
        public boolean hasNext() {
            return next < size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                close();
                throw new NoSuchElementException();
            }
            int index = next++;
            if (index < head.size()) {
                return head.get(index);
            }
            try {
                if (in == null) {
                    in = from(offsets[index - head.size()]);
                }
                T record = codec.read(in);
                if (!hasNext()) {
                    close();
                }
                return record;
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        private void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read only
                }
                in = null;
            }
        }
    }
}
