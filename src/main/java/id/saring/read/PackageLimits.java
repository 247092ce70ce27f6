package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The limits a zip package (an {@code .xlsx} or an {@code .ods}) keeps before any reader unpacks it, so that a
 * small file cannot make a reader unpack gigabytes (a zip bomb), open countless parts, or parse an XML attack.
 *
 * <p>A package passes when:
 * <ul>
 * <li>it has at most {@value #MAX_PARTS} parts;</li>
 * <li>no part unpacks beyond {@value #MAX_PART_BYTES} bytes and all together beyond {@value #MAX_PACKAGE_BYTES};</li>
 * <li>no part larger than {@value #EXPANSION_GRACE_BYTES} bytes unpacks to more than {@value #MAX_EXPANSION} times
 * its packed size;</li>
 * <li>no part unpacks to more bytes than the package's directory states for it;</li>
 * <li>no part that is XML has a document type declaration ({@link XmlProlog}).</li>
 * </ul>
 * The sizes are first taken from the package's central directory, which costs nothing, and then proved by unpacking
 * every part once, since a crafted directory can state any size: a part is abandoned the moment it outgrows its
 * stated size. Every part of the directory is checked, so whichever entry a reader then looks up by name (two may
 * share one, or overlap on the same bytes) has passed.
 */
final class PackageLimits {

    /**
     * A workbook of a thousand sheets has about two thousand parts; ten thousand leaves room for images and
     * comments while keeping the zip readers' per-part bookkeeping (an object each) small.
     */
    static final int MAX_PARTS = 10_000;
    /**
     * A sheet of a million budget lines (Excel stops at 1,048,576 rows) unpacks to 295 MB (measured on the sheet
     * {@code BoundedMemoryTest} reads); half a gigabyte keeps every real sheet and bounds the time a streaming read
     * of one part takes.
     */
    static final long MAX_PART_BYTES = 512L << 20;
    /** Twice the largest part: a workbook holds one large data sheet, not several. */
    static final long MAX_PACKAGE_BYTES = 1L << 30;
    /**
     * Sheet XML packs to about a tenth of its size (the million budget lines: 295 MB into 35 MB); a part packed
     * tighter than a hundredth is made to expand. POI's {@code ZipSecureFile}, which guards the annotated copy, draws
     * the same line (a minimum inflate ratio of 0.01).
     */
    static final int MAX_EXPANSION = 100;
    /**
     * A part this small cannot make a bomb however tightly it packs, and small parts of repeated markup (styles,
     * empty rows) do pack tighter than a hundredth.
     */
    static final long EXPANSION_GRACE_BYTES = 1L << 20;

    private PackageLimits() {
    }

    /**
     * Checks {@code file} against every limit.
     *
     * @throws UnreadableFileException naming the first limit the package breaks and its part
     * @throws IOException             when the package cannot be opened or a part cannot be unpacked: it is damaged,
     *                                 and is not to be read, in words the reader chooses
     */
    static void check(Path file) throws IOException, UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkDirectory(zip);
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                unpack(zip, entries.nextElement());
            }
        } catch (RuntimeException e) {
            // the JDK's zip code reports some malformed directories unchecked
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The limits as the central directory states the sizes. */
    private static void checkDirectory(ZipFile zip) throws UnreadableFileException {
        if (zip.size() > MAX_PARTS) {
            throw new UnreadableFileException(Problem.TOO_MANY_PARTS,
                    zip.size() + " parts, more than " + MAX_PARTS, List.of(number(zip.size()), number(MAX_PARTS)));
        }
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (size < 0 || packed < 0) {
                throw new UnreadableFileException(Problem.CORRUPT, entry.getName() + ": no size stated");
            }
            if (size > EXPANSION_GRACE_BYTES && size / MAX_EXPANSION > packed) {
                long times = packed == 0 ? size : size / packed;
                throw new UnreadableFileException(Problem.COMPRESSION_RATIO,
                        entry.getName() + " unpacks from " + packed + " to " + size + " bytes",
                        List.of(entry.getName(), number(times), number(MAX_EXPANSION)));
            }
            if (size > MAX_PART_BYTES) {
                throw new UnreadableFileException(Problem.PART_TOO_LARGE,
                        entry.getName() + " unpacks to " + size + " bytes",
                        List.of(entry.getName(), megabytes(size), megabytes(MAX_PART_BYTES)));
            }
            total += size;
        }
        if (total > MAX_PACKAGE_BYTES) {
            throw new UnreadableFileException(Problem.PACKAGE_TOO_LARGE, "the parts unpack to " + total + " bytes",
                    List.of(megabytes(total), megabytes(MAX_PACKAGE_BYTES)));
        }
    }

    /** Unpacks one part to its end, holding none of it: no more than its stated size, no DOCTYPE. */
    private static void unpack(ZipFile zip, ZipEntry entry) throws IOException, UnreadableFileException {
        try (StatedSize in = new StatedSize(zip.getInputStream(entry), entry.getSize())) {
            Optional<Problem> doctype = XmlProlog.doctype(in);
            if (doctype.isPresent()) {
                throw new UnreadableFileException(doctype.get(),
                        entry.getName() + ": document type declaration", List.of(entry.getName()));
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (Outgrown e) {
            throw new UnreadableFileException(Problem.SIZE_MISSTATED,
                    entry.getName() + " unpacks to more than its stated " + entry.getSize() + " bytes",
                    List.of(entry.getName(), number(entry.getSize())));
        }
    }

    private static BigDecimal number(long n) {
        return BigDecimal.valueOf(n);
    }

    /** Whole megabytes (MiB), rounded up so that a size just past a limit does not read as the limit. */
    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1L << 20), 0, RoundingMode.CEILING);
    }

    /** A part's bytes, refused past the size the directory states. */
    private static final class StatedSize extends FilterInputStream {
        private final long stated;
        private long read;

        StatedSize(InputStream in, long stated) {
            super(in);
            this.stated = stated;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws Outgrown {
            read += n;
            if (read > stated) {
                throw new Outgrown();
            }
        }
    }

    /** A part gave more bytes than stated. */
    private static final class Outgrown extends IOException {
        Outgrown() {
            super("more bytes than stated");
        }
    }
}
