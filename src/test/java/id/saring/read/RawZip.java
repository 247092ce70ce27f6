package id.saring.read;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip package record by record, as a hostile file needs it and {@code ZipOutputStream} refuses: parts that
 * unpack to gigabytes written in milliseconds, sizes that lie, and directory entries that share one part's bytes.
 *
 * <p>A part of a repeated chunk is deflated once: the chunk compressed after a full flush (which empties the
 * compressor's history) gives the same bytes every time, so they are written again as often as the chunk repeats.
 */
public final class RawZip implements Closeable {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final short DEFLATED = 8;
    private static final short STORED = 0;
    /** Names are UTF-8 (general purpose flag bit 11). */
    private static final short UTF8 = 0x0800;

    /** One part as the central directory lists it. */
    private record Entry(String name, short method, long crc, long packed, long size, long offset) {
    }

    private final OutputStream out;
    private final List<Entry> entries = new ArrayList<>();
    private long written;

    public RawZip(Path file) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** A part holding {@code text} in UTF-8, deflated. */
    public RawZip add(String name, String text) throws IOException {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A part holding {@code content}, deflated. */
    public RawZip add(String name, byte[] content) throws IOException {
        return repeated(name, content, new byte[0], 0, new byte[0], -1);
    }

    /** A part holding {@code content} as it is, uncompressed (as the {@code mimetype} of an ODF package must be). */
    public RawZip stored(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        Entry entry = new Entry(name, STORED, crc.getValue(), content.length, content.length, written);
        local(entry);
        write(content);
        entries.add(entry);
        return this;
    }

    /** A part of {@code head}, then {@code chunk} {@code times} times, then {@code tail}, with its true sizes. */
    public RawZip repeated(String name, String head, String chunk, long times, String tail) throws IOException {
        return repeated(name, utf8(head), utf8(chunk), times, utf8(tail), -1);
    }

    /** As {@link #repeated}, but the package states {@code statedSize} as the part's unpacked size. */
    public RawZip understated(String name, String head, String chunk, long times, String tail, long statedSize)
            throws IOException {
        return repeated(name, utf8(head), utf8(chunk), times, utf8(tail), statedSize);
    }

    /** One more directory entry, named {@code name}, for the very bytes of the part {@code existing}. */
    public RawZip alias(String name, String existing) {
        Entry of = entries.stream().filter(e -> e.name().equals(existing)).findFirst().orElseThrow();
        entries.add(new Entry(name, of.method(), of.crc(), of.packed(), of.size(), of.offset()));
        return this;
    }

    private RawZip repeated(String name, byte[] head, byte[] chunk, long times, byte[] tail, long statedSize)
            throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] packedHead = deflate(deflater, head, false);
        byte[] packedChunk = deflate(deflater, chunk, false);
        byte[] packedTail = deflate(deflater, tail, true);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < times; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        long size = head.length + chunk.length * times + tail.length;
        long packed = packedHead.length + packedChunk.length * times + packedTail.length;
        Entry entry = new Entry(name, DEFLATED, crc.getValue(), packed, statedSize < 0 ? size : statedSize, written);
        local(entry);
        write(packedHead);
        for (long i = 0; i < times; i++) {
            write(packedChunk);
        }
        write(packedTail);
        entries.add(entry);
        return this;
    }

    /** {@code input} deflated and then fully flushed (history emptied), or finished with the last block. */
    private static byte[] deflate(Deflater deflater, byte[] input, boolean last) {
        deflater.setInput(input);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
            packed.write(buffer, 0, n);
            if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                return packed.toByteArray();
            }
        }
    }

    private void local(Entry entry) throws IOException {
        byte[] name = utf8(entry.name());
        ByteBuffer b = header(30 + name.length);
        b.putInt(LOCAL).putShort((short) 20).putShort(UTF8).putShort(entry.method()).putInt(0)
                .putInt((int) entry.crc()).putInt((int) entry.packed()).putInt((int) entry.size())
                .putShort((short) name.length).putShort((short) 0).put(name);
        write(b.array());
    }

    @Override
    public void close() throws IOException {
        long start = written;
        for (Entry entry : entries) {
            byte[] name = utf8(entry.name());
            ByteBuffer b = header(46 + name.length);
            b.putInt(CENTRAL).putShort((short) 20).putShort((short) 20).putShort(UTF8).putShort(entry.method())
                    .putInt(0).putInt((int) entry.crc()).putInt((int) entry.packed()).putInt((int) entry.size())
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt((int) entry.offset()).put(name);
            write(b.array());
        }
        if (entries.size() > 0xffff) {
            throw new IllegalStateException("more entries than a zip without Zip64 lists");
        }
        ByteBuffer end = header(22);
        end.putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) (written - start)).putInt((int) start)
                .putShort((short) 0);
        write(end.array());
        out.close();
    }

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        written += bytes.length;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
