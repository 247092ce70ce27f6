package id.saring.report;

import id.saring.model.Finding;
import id.saring.read.ContentHash;
import id.saring.read.InputFormat;
import id.saring.read.InputReader;
import id.saring.read.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.TransformerException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code annotated/<input>}: a copy of each readable input in which every cell a finding concerns is filled
 * by severity and carries a comment with the findings' messages ({@link CellMarker}). The inputs themselves are
 * only read.
 *
 * <p>An {@code .xlsx}, {@code .xlsm} or {@code .xls} (by content) is copied from the file itself with its
 * formatting, under its own name: an {@code .xlsx} or {@code .xlsm} by patching its package ({@link XlsxPatch}),
 * whatever its size, else through POI ({@link WorkbookCopy}); one without findings, and without text that could run
 * as a formula, is the input's own bytes. Every other readable input, an {@code .xlsx} too big to open in memory
 * that the patch leaves to POI, and a workbook POI cannot open or annotate, is rebuilt cell by cell as
 * {@code <input>.xlsx} ({@link RebuiltCopy}).
 *
 * <p>A copy's path is made of the input's name by {@link OutputNames}: inside {@code annotated/} whatever the name
 * holds, valid on Windows, and never the path of another copy.
 *
 * <p>An input that is gone, or whose content is no longer the content the run read (its SHA-256 differs), gets no
 * copy and no entry in the result: the cells of its findings could not be trusted. The other outputs then show
 * its findings without a link to a copy.
 */
final class AnnotatedCopies {

    static final String FOLDER = "annotated/";

    /**
     * POI holds every part of an {@code .xlsx} in memory, its XML parsed at about 15 bytes of heap a byte
     * (measured: a sheet of 100,000 rows, 51 MB of XML, took 746 MB). Past this many bytes of parts, unpacked, the
     * copy is rebuilt by streaming instead, keeping every cell but not the formatting; 16 MiB, about 200,000
     * cells, keeps the heap under a quarter of a gigabyte.
     */
    static final long MAX_UNPACKED_BYTES_IN_MEMORY = 16L << 20;
    /** Rows of a rebuilt copy kept in memory; a finding's cell is marked before its row leaves. */
    private static final int ROWS_IN_MEMORY = 100;

    /** Inputs up to this size whose copy is rebuilt are rebuilt in memory, in parallel; larger ones are streamed. */
    static final long MAX_REBUILT_IN_MEMORY = 4L << 20;

    private final MessageCatalog messages;
    private final String version;
    private final int jobs;
    private final InputReader reader = new InputReader();

    /**
     * @param version the saring version the copies are made by
     * @param jobs    how many copies are made at once
     */
    AnnotatedCopies(MessageCatalog messages, String version, int jobs) {
        this.messages = messages;
        this.version = version;
        this.jobs = jobs;
    }

    /**
     * A copy made before it is given its path: in memory, or, too big for memory, written once it has its path.
     *
     * @param bytes  the copy's content; null for a copy written later
     * @param later  what writes a copy too big for memory; null for one in memory
     * @param name   the name it asks for within {@code annotated/}
     * @param sheets its sheet names by the input's sheet names, for a copy in memory
     */
    private record Made(byte[] bytes, Later later, String name, Map<String, String> sheets) {

        static Made inMemory(byte[] bytes, String name, Map<String, String> sheets) {
            return new Made(bytes, null, name, sheets);
        }

        static Made later(Later later, String name) {
            return new Made(null, later, name, null);
        }
    }

    /**
     * What writes a copy too big to make in memory once it has its path: the input's own bytes copied, an
     * {@code .xlsx} patched as its sheets stream by, or an input rebuilt cell by cell.
     */
    private interface Later extends AutoCloseable {

        /**
         * Writes the copy into what {@code target} opens; returns its sheet names by the input's, or empty (and
         * nothing written) when the input can no longer be read.
         */
        Optional<Map<String, String>> write(Target target) throws IOException;

        /** Releases what it holds, written or not. */
        @Override
        default void close() throws IOException {
        }
    }

    /**
     * Writes the annotated copy of every readable input; returns each copy by input name, in input order. A copy
     * {@code kept} holds from the last run, made from the same content and findings, is kept as it is. The others
     * are made by up to {@code jobs} threads at once, then given their paths and written in input order, so that
     * every run names them alike.
     */
    Map<String, AnnotatedCopy> write(RunResult result, AtomicOutput out, KeptCopies kept) throws IOException {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            findings.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        List<InputStatus> readable = result.inputs().stream().filter(InputStatus::readable).toList();
        List<String> keys = readable.stream().map(input -> KeptCopies.key(input,
                findings.getOrDefault(input.file(), List.of()), messages, version)).toList();
        List<Optional<KeptCopies.Kept>> keep = new ArrayList<>(readable.size());
        List<InputStatus> toMake = new ArrayList<>();
        for (int i = 0; i < readable.size(); i++) {
            keep.add(kept.reusable(readable.get(i).file(), keys.get(i)));
            if (keep.get(i).isEmpty()) {
                toMake.add(readable.get(i));
            }
        }
        List<Optional<Made>> made = make(toMake, findings);
        try {
            return write(out, kept, findings, readable, keys, keep, made);
        } finally {
            for (Optional<Made> m : made) {
                if (m.isPresent() && m.get().later() != null) {
                    m.get().later().close(); // closed already when its copy was written
                }
            }
        }
    }

    /** Gives every copy its path, in input order, and writes it; returns each copy by input name. */
    private Map<String, AnnotatedCopy> write(AtomicOutput out, KeptCopies kept,
            Map<String, List<Finding>> findings, List<InputStatus> readable, List<String> keys,
            List<Optional<KeptCopies.Kept>> keep, List<Optional<Made>> made) throws IOException {
        Map<String, AnnotatedCopy> copies = new LinkedHashMap<>();
        OutputNames names = new OutputNames();
        for (int i = 0, m = 0; i < readable.size(); i++) {
            InputStatus input = readable.get(i);
            List<Finding> ofInput = findings.getOrDefault(input.file(), List.of());
            Optional<Made> copy;
            if (keep.get(i).isPresent()) {
                KeptCopies.Kept old = keep.get(i).get();
                if (names.of(FOLDER, old.name()).equals(old.path())) {
                    AnnotatedCopy same = new AnnotatedCopy(input.file(), old.path(), old.sheets());
                    copies.put(input.file(), same);
                    kept.note(keys.get(i), old.name(), same);
                    continue;
                }
                // another input now takes the name it had: made again under the name it gets
                copy = make(input, ofInput);
            } else {
                copy = made.get(m++);
            }
            if (copy.isEmpty()) {
                continue;
            }
            String path = names.of(FOLDER, copy.get().name());
            if (replacesInput(out, path, input.path())) {
                continue;
            }
            Optional<Map<String, String>> sheets;
            if (copy.get().later() != null) {
                try (Later later = copy.get().later()) {
                    sheets = later.write(() -> out.stream(path));
                }
            } else {
                try (OutputStream stream = out.stream(path)) {
                    stream.write(copy.get().bytes());
                }
                sheets = Optional.of(copy.get().sheets());
            }
            Optional<AnnotatedCopy> written = sheets.map(ofCopy -> new AnnotatedCopy(input.file(), path, ofCopy));
            if (written.isPresent()) {
                copies.put(input.file(), written.get());
                kept.note(keys.get(i), copy.get().name(), written.get());
            }
        }
        return Collections.unmodifiableMap(copies);
    }

    private List<Optional<Made>> make(List<InputStatus> inputs, Map<String, List<Finding>> findings)
            throws IOException {
        return Parallel.map(inputs, jobs, "saring-copy",
                input -> make(input, findings.getOrDefault(input.file(), List.of())));
    }

    /** The copy of one input; empty when the input is gone or is no longer the content the run read. */
    private Optional<Made> make(InputStatus input, List<Finding> findings) throws IOException {
        Path file = input.path();
        InputFormat format;
        try {
            format = InputFormat.of(file);
        } catch (IOException | UnreadableFileException goneOrBroken) {
            return Optional.empty();
        }
        if (format == InputFormat.XLSX && findings.isEmpty()) {
            Optional<Made> asIs = asIs(input);
            if (asIs.isPresent()) {
                return asIs;
            }
        }
        boolean xlsxInMemory = format == InputFormat.XLSX && fitsInMemory(file);
        if (format == InputFormat.XLS || xlsxInMemory) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException gone) {
                return Optional.empty();
            }
            if (!ContentHash.of(content).equals(input.sha256())) {
                return Optional.empty();
            }
            if (format == InputFormat.XLSX && !input.formulaLikeText()) {
                Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);
                if (patched.isPresent()) {
                    return Optional.of(Made.inMemory(patched.get().bytes(),
                            WorkbookCopy.copyName(input.file(), patched.get().extension()), patched.get().sheets()));
                }
            }
            Optional<WorkbookCopy> opened = open(content, format);
            if (opened.isPresent()) {
                ByteArrayOutputStream annotated = new ByteArrayOutputStream();
                try (WorkbookCopy workbook = opened.get()) {
                    workbook.guardFormulaText();
                    workbook.annotate(findings, new CellMarker(workbook.workbook(), messages));
                    workbook.workbook().write(annotated);
                    return Optional.of(Made.inMemory(annotated.toByteArray(), workbook.copyName(input.file()),
                            workbook.sheets()));
                } catch (RuntimeException poiFailure) {
                    // POI trips over parts of some agencies' workbooks (old drawings, odd records): one such file
                    // costs its copy the formatting, never the run its outputs
                }
            }
        }
        try {
            if (!ContentHash.of(file).equals(input.sha256())) {
                return Optional.empty();
            }
            if (format == InputFormat.XLSX && !xlsxInMemory && !input.formulaLikeText()) {
                // too big to open in memory: patched as its sheets stream by, keeping its formatting
                Optional<XlsxPatch> patch = XlsxPatch.plan(file, findings, messages);
                if (patch.isPresent()) {
                    return Optional.of(Made.later(patched(patch.get(), input),
                            WorkbookCopy.copyName(input.file(), patch.get().extension())));
                }
            }
            if (Files.size(file) > MAX_REBUILT_IN_MEMORY) {
                return Optional.of(Made.later(target -> rebuild(input, findings, target), input.file() + ".xlsx"));
            }
        } catch (IOException gone) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return rebuild(input, findings, () -> bytes)
                .map(sheets -> Made.inMemory(bytes.toByteArray(), input.file() + ".xlsx", sheets));
    }

    /**
     * The copy of an {@code .xlsx} without findings: the input itself, byte for byte, since there is nothing to
     * mark. Empty when the run's reading found a text cell that could run as a formula, which the copy must guard
     * ({@link WorkbookCopy#guardFormulaText}), or when the input is gone or changed. Opening, marking and saving a
     * workbook with POI costs several times what reading it costs, and many inputs of a drop folder have no findings
     * (597 of the 1,000 workbooks of BENCHMARKS.md). The copy names no sheets: no finding links into it.
     */
    private Optional<Made> asIs(InputStatus input) {
        if (input.formulaLikeText()) {
            return Optional.empty();
        }
        String name = WorkbookCopy.copyName(input.file(), macroEnabled(input.path()) ? "xlsm" : "xlsx");
        try {
            if (Files.size(input.path()) > MAX_REBUILT_IN_MEMORY) {
                // copied from the input when it is written, as a big rebuilt copy is
                Later copied = target -> {
                    try (OutputStream stream = target.open()) {
                        Files.copy(input.path(), stream);
                    }
                    return Optional.of(Map.of());
                };
                return ContentHash.of(input.path()).equals(input.sha256())
                        ? Optional.of(Made.later(copied, name)) : Optional.empty();
            }
            byte[] content = Files.readAllBytes(input.path());
            return ContentHash.of(content).equals(input.sha256())
                    ? Optional.of(Made.inMemory(content, name, Map.of())) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /**
     * Whether the package's content types name a macro-enabled workbook, as POI finds an {@code .xlsm}; a package
     * that cannot be opened counts as not.
     */
    private static boolean macroEnabled(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(types)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                        .contains("macroenabled");
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The workbook POI makes of {@code content}, or none when POI finds it damaged where the run's reader did not. */
    private static Optional<WorkbookCopy> open(byte[] content, InputFormat format) {
        try {
            return Optional.of(WorkbookCopy.open(content, format));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** The patched copy of a big {@code .xlsx}, written as its marked sheets stream by. */
    private static Later patched(XlsxPatch patch, InputStatus input) {
        return new Later() {
            @Override
            public Optional<Map<String, String>> write(Target target) throws IOException {
                try (OutputStream stream = target.open()) {
                    patch.write(stream);
                } catch (XMLStreamException | TransformerException e) {
                    throw new IOException("annotated copy of " + input.file() + ": " + e.getMessage(), e);
                }
                return Optional.of(patch.sheets());
            }

            @Override
            public void close() throws IOException {
                patch.close();
            }
        };
    }

    /** Where a copy goes, opened once the copy is made. */
    private interface Target {
        OutputStream open() throws IOException;
    }

    /**
     * Rebuilds the input cell by cell into {@code target}; returns its sheet names by the input's, or empty (and
     * nothing written) when the input can no longer be read.
     */
    private Optional<Map<String, String>> rebuild(InputStatus input, List<Finding> findings, Target target)
            throws IOException {
        try (SXSSFWorkbook workbook = StreamingWorkbook.create(ROWS_IN_MEMORY)) {
            RebuiltCopy copy = new RebuiltCopy(workbook, baseName(input.file()), findings,
                    new CellMarker(workbook, messages));
            try {
                reader.read(input.path(), copy);
            } catch (UnreadableFileException goneOrBroken) {
                return Optional.empty();
            }
            copy.finish();
            try (OutputStream stream = target.open()) {
                workbook.write(stream);
            }
            return Optional.of(copy.sheets());
        }
    }

    /**
     * True when the copy would be renamed onto the input itself (an input folder inside {@code --out/annotated}):
     * the input is never overwritten, so it gets no copy.
     */
    private static boolean replacesInput(AtomicOutput out, String path, Path input) throws IOException {
        Path target = out.target(path);
        try {
            return Files.exists(target) && Files.isSameFile(target, input);
        } catch (IOException cannotTell) {
            return true;
        }
    }

    /** True when the parts of the {@code .xlsx} package, unpacked, fit {@link #MAX_UNPACKED_BYTES_IN_MEMORY}. */
    static boolean fitsInMemory(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                long size = entries.nextElement().getSize();
                unpacked += size < 0 ? MAX_UNPACKED_BYTES_IN_MEMORY + 1 : size;
                if (unpacked > MAX_UNPACKED_BYTES_IN_MEMORY) {
                    return false;
                }
            }
            return true;
        } catch (IOException notAZip) {
            return false;
        }
    }

    /** {@code dinas/realisasi-2023.csv} gives {@code realisasi-2023}. */
    static String baseName(String input) {
        String name = input.substring(input.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
