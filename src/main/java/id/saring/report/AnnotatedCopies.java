package id.saring.report;

import id.saring.model.Finding;
import id.saring.read.ContentHash;
import id.saring.read.InputFormat;
import id.saring.read.InputReader;
import id.saring.read.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code annotated/<input>}: a copy of each readable input in which every cell a finding concerns is filled
 * by severity and carries a comment with the findings' messages ({@link CellMarker}). The inputs themselves are
 * only read.
 *
 * <p>An {@code .xlsx}, {@code .xlsm} or {@code .xls} (by content) is copied from the file itself with its
 * formatting, under its own name ({@link WorkbookCopy}). Every other readable input, an {@code .xlsx} too big
 * to open in memory, and a workbook POI cannot open or annotate, is rebuilt cell by cell as {@code <input>.xlsx}
 * ({@link RebuiltCopy}).
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

    private final MessageCatalog messages;
    private final InputReader reader = new InputReader();

    AnnotatedCopies(MessageCatalog messages) {
        this.messages = messages;
    }

    /** Writes the annotated copy of every readable input; returns each copy by input name, in input order. */
    Map<String, AnnotatedCopy> write(RunResult result, AtomicOutput out) throws IOException {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            findings.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        Map<String, AnnotatedCopy> copies = new LinkedHashMap<>();
        OutputNames names = new OutputNames();
        for (InputStatus input : result.inputs()) {
            if (input.readable()) {
                copy(input, findings.getOrDefault(input.file(), List.of()), out, names)
                        .ifPresent(copy -> copies.put(input.file(), copy));
            }
        }
        return Collections.unmodifiableMap(copies);
    }

    private Optional<AnnotatedCopy> copy(InputStatus input, List<Finding> findings, AtomicOutput out,
            OutputNames names) throws IOException {
        Path file = input.path();
        InputFormat format;
        try {
            format = InputFormat.of(file);
        } catch (IOException | UnreadableFileException goneOrBroken) {
            return Optional.empty();
        }
        if (format == InputFormat.XLS || format == InputFormat.XLSX && fitsInMemory(file)) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException gone) {
                return Optional.empty();
            }
            if (!ContentHash.of(content).equals(input.sha256())) {
                return Optional.empty();
            }
            Optional<WorkbookCopy> opened = open(content, format);
            if (opened.isPresent()) {
                String path;
                Map<String, String> sheets;
                ByteArrayOutputStream annotated = new ByteArrayOutputStream();
                try (WorkbookCopy workbook = opened.get()) {
                    workbook.guardFormulaText();
                    workbook.annotate(findings, new CellMarker(workbook.workbook(), messages));
                    workbook.workbook().write(annotated);
                    path = names.of(FOLDER, workbook.copyName(input.file()));
                    sheets = workbook.sheets();
                } catch (RuntimeException poiFailure) {
                    // POI trips over parts of some agencies' workbooks (old drawings, odd records): one such file
                    // costs its copy the formatting, never the run its outputs
                    return rebuilt(input, findings, out, names);
                }
                if (replacesInput(out, path, file)) {
                    return Optional.empty();
                }
                try (OutputStream stream = out.stream(path)) {
                    annotated.writeTo(stream);
                }
                return Optional.of(new AnnotatedCopy(input.file(), path, sheets));
            }
        }
        return rebuilt(input, findings, out, names);
    }

    /** The workbook POI makes of {@code content}, or none when POI finds it damaged where the run's reader did not. */
    private static Optional<WorkbookCopy> open(byte[] content, InputFormat format) {
        try {
            return Optional.of(WorkbookCopy.open(content, format));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private Optional<AnnotatedCopy> rebuilt(InputStatus input, List<Finding> findings, AtomicOutput out,
            OutputNames names) throws IOException {
        try {
            if (!ContentHash.of(input.path()).equals(input.sha256())) {
                return Optional.empty();
            }
        } catch (IOException gone) {
            return Optional.empty();
        }
        String path = names.of(FOLDER, input.file() + ".xlsx");
        if (replacesInput(out, path, input.path())) {
            return Optional.empty();
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            RebuiltCopy copy = new RebuiltCopy(workbook, baseName(input.file()), findings,
                    new CellMarker(workbook, messages));
            try {
                reader.read(input.path(), copy);
            } catch (UnreadableFileException goneOrBroken) {
                return Optional.empty();
            }
            copy.finish();
            try (OutputStream stream = out.stream(path)) {
                workbook.write(stream);
            }
            return Optional.of(new AnnotatedCopy(input.file(), path, copy.sheets()));
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
