package id.saring.bench;

import id.saring.bench.AgencyWorkbook.Agency;
import id.saring.bench.SeedCatalogue.AgencyKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the benchmark inputs.
 *
 * <pre>
 * Generate folder OUTDIR --files N [--seed S] [--mistakes FILE]   N agency workbooks, OUTDIR/kab-REGION/AGENCY/lkjip-YEAR.xlsx
 * Generate big OUTFILE --rows N [--seed S] [--mistakes FILE]      one budget workbook of N sub-kegiatan lines
 * </pre>
 *
 * Both list the mistakes they injected in a CSV file outside the folder saring reads, so that saring does not take
 * the list for one more table: by default {@code OUTDIR.mistakes.csv} beside the folder, and for the big sheet
 * {@code DIR.mistakes.csv} beside the folder {@code DIR} that holds it. A fixed seed gives the same
 * bytes on every run: every zip entry carries the same time.
 */
public final class Generate {

    private static final long DEFAULT_SEED = 20231231L;

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            usage();
        }
        long seed = DEFAULT_SEED;
        long count = -1;
        Path manifest = null;
        for (int i = 2; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage();
            }
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--mistakes" -> manifest = Path.of(args[i + 1]);
                case "--files", "--rows" -> count = Long.parseLong(args[i + 1].replace("_", ""));
                default -> usage();
            }
        }
        Path out = Path.of(args[1]).toAbsolutePath();
        long started = System.nanoTime();
        List<Mistake> mistakes = new ArrayList<>();
        switch (args[0]) {
            case "folder" -> {
                int files = (int) (count < 0 ? 1000 : count);
                long rows = folder(out, files, seed, mistakes::add);
                System.out.printf("generated %d workbooks, %d rows, %d mistakes in %s (%.1f s)%n", files, rows,
                        mistakes.size(), out, (System.nanoTime() - started) / 1e9);
            }
            case "big" -> {
                long lines = count < 0 ? 1_000_000 : count;
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                long rows = BigBudgetSheet.write(out, lines, seed, mistakes::add);
                System.out.printf("generated %s: %d rows (%d sub-kegiatan lines), %d mistakes, %d bytes (%.1f s)%n",
                        out, rows, lines, mistakes.size(), Files.size(out), (System.nanoTime() - started) / 1e9);
            }
            default -> usage();
        }
        if (manifest == null) {
            Path folder = args[0].equals("big") ? out.getParent() : out;
            manifest = folder.resolveSibling(folder.getFileName() + ".mistakes.csv");
        }
        writeManifest(manifest, mistakes);
    }

    /**
     * Writes {@code files} agency workbooks; returns their rows. The agencies are the OPDs and kecamatan of the
     * seeds' regencies, a region at a time; past the last region the same agencies report an earlier year.
     */
    static long folder(Path out, int files, long seed, java.util.function.Consumer<Mistake> mistakes)
            throws IOException {
        List<Agency> agencies = agencies(files);
        long rows = 0;
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            // one random per file: a file's content does not depend on how many files come before it
            Random random = new Random(seed * 1_000_003L + i);
            List<SheetContent> sheets = AgencyWorkbook.build(agency, random, mistakes);
            Path file = out.resolve(agency.path());
            Files.createDirectories(file.getParent());
            WorkbookFile.write(file, sheets);
            for (SheetContent sheet : sheets) {
                rows += sheet.rows().size();
            }
        }
        return rows;
    }

    /** The first {@code count} agencies: each region's OPDs and then its kecamatan. */
    static List<Agency> agencies(int count) {
        List<Agency> agencies = new ArrayList<>(count);
        int year = 2023;
        while (agencies.size() < count) {
            for (String region : SeedCatalogue.REGIONS) {
                for (AgencyKind kind : SeedCatalogue.KINDS) {
                    for (String name : kind.names()) {
                        if (agencies.size() < count) {
                            agencies.add(new Agency(region, kind, name, year));
                        }
                    }
                }
            }
            year--;
        }
        return agencies;
    }

    private static void writeManifest(Path file, List<Mistake> mistakes) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            out.println("file,sheet,cell,kind,detail");
            mistakes.forEach(m -> out.println(m.csvLine()));
        }
    }

    private static void usage() {
        System.err.println("""
                usage: Generate folder OUTDIR --files N [--seed S] [--mistakes FILE]
                       Generate big OUTFILE --rows N [--seed S] [--mistakes FILE]""");
        System.exit(2);
    }
}
