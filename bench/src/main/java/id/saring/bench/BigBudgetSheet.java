package id.saring.bench;

import id.saring.bench.SeedCatalogue.AgencyKind;
import id.saring.bench.SeedCatalogue.Kegiatan;
import id.saring.bench.SeedCatalogue.Program;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * A consolidated budget of a whole region on one sheet: programme, kegiatan and sub-kegiatan lines with their
 * kode rekening, pagu, realisasi and serapan, and a JUMLAH line at the end, as Bappeda builds from every agency's
 * DPA. Written straight into the OOXML part with inline strings: only one programme's lines are held at a time
 * (its total heads them), so a million lines take seconds and a few megabytes.
 *
 * <p>Amounts are numeric cells formatted {@code #,##0} and serapan a fraction formatted {@code 0.00%}, the form a
 * consolidating spreadsheet has. One sub-kegiatan in {@link #MISTAKE_EVERY} has its pagu raised after its kegiatan
 * was summed, so the checker has sums to report without the report dwarfing the input.
 */
final class BigBudgetSheet {

    static final int MISTAKE_EVERY = 1000;

    private BigBudgetSheet() {
    }

    /** Writes at least {@code subKegiatanLines} sub-kegiatan lines; returns the number of rows of the sheet. */
    static long write(Path file, long subKegiatanLines, long seed, Consumer<Mistake> mistakes) throws IOException {
        Random random = new Random(seed);
        long rows = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            String sheetName = "Anggaran Sub Kegiatan";
            OoxmlParts.writeFixedParts(zip, List.of(sheetName), false);
            OoxmlParts.begin(zip, "xl/worksheets/sheet1.xml");
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            int r = 1;
            textRow(w, r++, "REALISASI ANGGARAN PROGRAM, KEGIATAN DAN SUB KEGIATAN SELURUH PERANGKAT DAERAH");
            textRow(w, r++, "PEMERINTAH KABUPATEN MUARA ENIM TAHUN ANGGARAN 2023");
            r++;
            textRow(w, r++, "Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)",
                    "Serapan (%)");
            rows += 3;
            long written = 0;
            long totalPagu = 0;
            long totalRealisasi = 0;
            int programCounter = 0;
            List<Object[]> buffer = new ArrayList<>();
            while (written < subKegiatanLines) {
                // one block a unit: a kind of agency of a region, its programmes in turn; every OPD has the
                // Penunjang programme. A unit's name goes with its programme's, since saring reports the same
                // uraian twice at the top of a table as a duplicate even under different codes.
                int block = programCounter / 3;
                AgencyKind kind = SeedCatalogue.KINDS.get(block % SeedCatalogue.KINDS.size());
                String region = SeedCatalogue.REGIONS.get(block / SeedCatalogue.KINDS.size()
                        % SeedCatalogue.REGIONS.size());
                int round = block / (SeedCatalogue.KINDS.size() * SeedCatalogue.REGIONS.size());
                String unit = (kind.prefix() + " " + kind.names().get(0)).strip() + " Kabupaten " + region
                        + (round == 0 ? "" : " Unit Kerja " + (round + 1));
                List<Program> programs = new ArrayList<>(kind.programs());
                programs.add(0, SeedCatalogue.PENUNJANG);
                Program program = programs.get(programCounter % 3 % programs.size());
                programCounter++;
                String programCode = (1 + programCounter / 100) + "." + String.format("%02d", programCounter % 100)
                        + "." + program.code();
                String programName = program.name() + " - " + unit;
                buffer.clear();
                long programPagu = 0;
                long programRealisasi = 0;
                // names are unique under their parent, as in a DPA: as many kegiatan and sub-kegiatan as the
                // programme has
                for (int k = 1; k <= program.kegiatan().size() && written < subKegiatanLines; k++) {
                    Kegiatan kegiatan = program.kegiatan().get(k - 1);
                    String kegiatanCode = programCode + ".2." + String.format("%02d", k);
                    int kegiatanIndex = buffer.size();
                    buffer.add(null);
                    long pagu = 0;
                    long realisasi = 0;
                    for (int s = 1; s <= kegiatan.subKegiatan().size() && written < subKegiatanLines; s++) {
                        String name = kegiatan.subKegiatan().get(s - 1);
                        long p = 2_500_000L + (long) (Math.pow(random.nextDouble(), 2) * 450_000_000L) / 1000 * 1000;
                        long re = p - Math.round(p * random.nextDouble() * 0.3 / 1000) * 1000;
                        pagu += p;
                        realisasi += re;
                        written++;
                        buffer.add(new Object[] {kegiatanCode + "." + String.format("%04d", s),
                                name.replaceFirst("^Sub Kegiatan ", ""), p, re});
                    }
                    buffer.set(kegiatanIndex, new Object[] {kegiatanCode,
                            kegiatan.name().replaceFirst("^Kegiatan ", ""), pagu, realisasi});
                    programPagu += pagu;
                    programRealisasi += realisasi;
                }
                amountRow(w, r++, programCode, programName, programPagu, programRealisasi);
                rows++;
                for (Object[] line : buffer) {
                    long p = (Long) line[2];
                    String code = (String) line[0];
                    if (code.split("\\.").length == 6 && random.nextInt(MISTAKE_EVERY) == 0) {
                        long raised = p + 1_000_000L * (1 + random.nextInt(20));
                        mistakes.accept(new Mistake(file.getFileName().toString(), sheetName, "C" + r,
                                Mistake.Kind.SUM_MISMATCH, "pagu " + raised + " was " + p));
                        p = raised;
                    }
                    amountRow(w, r++, code, (String) line[1], p, (Long) line[3]);
                    rows++;
                }
                totalPagu += programPagu;
                totalRealisasi += programRealisasi;
            }
            amountRow(w, r, "", "JUMLAH", totalPagu, totalRealisasi);
            rows++;
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return rows;
    }

    private static void textRow(Writer w, int r, String... texts) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < texts.length; c++) {
            inline(w, OoxmlParts.column(c) + r, texts[c], true);
        }
        w.write("</row>");
    }

    private static void amountRow(Writer w, int r, String code, String name, long pagu, long realisasi)
            throws IOException {
        w.write("<row r=\"");
        w.write(Integer.toString(r));
        w.write("\">");
        if (!code.isEmpty()) {
            inline(w, "A" + r, code, false);
        }
        inline(w, "B" + r, name, true);
        w.write("<c r=\"C" + r + "\" s=\"1\"><v>" + pagu + "</v></c>");
        w.write("<c r=\"D" + r + "\" s=\"1\"><v>" + realisasi + "</v></c>");
        // serapan as Excel stores a percent: the fraction, four decimals, shown 0.00%
        long basisPoints = Math.round(realisasi * 10_000.0 / pagu);
        w.write("<c r=\"E" + r + "\" s=\"3\"><v>" + (basisPoints / 10_000) + "." + String.format("%04d",
                basisPoints % 10_000) + "</v></c>");
        w.write("</row>");
    }

    private static void inline(Writer w, String ref, String text, boolean escape) throws IOException {
        w.write("<c r=\"");
        w.write(ref);
        w.write("\" t=\"inlineStr\"><is><t>");
        w.write(escape ? OoxmlParts.escape(text) : text);
        w.write("</t></is></c>");
    }
}
