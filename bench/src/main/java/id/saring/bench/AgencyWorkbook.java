package id.saring.bench;

import static id.saring.bench.SheetContent.num;
import static id.saring.bench.SheetContent.text;

import id.saring.bench.IndoNumbers.Rupiah;
import id.saring.bench.Mistake.Kind;
import id.saring.bench.OoxmlParts.Style;
import id.saring.bench.SeedCatalogue.AgencyKind;
import id.saring.bench.SeedCatalogue.Indicator;
import id.saring.bench.SeedCatalogue.Kegiatan;
import id.saring.bench.SeedCatalogue.Program;
import id.saring.bench.SeedCatalogue.Sasaran;
import id.saring.bench.SheetContent.Cell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One agency's yearly workbook in the shapes of the seeds: an IKU capaian table, a sub-kegiatan budget table and
 * a Laporan Realisasi Anggaran, about sixty rows in all. Each file draws its own dialect (one or two header rows,
 * numbers as text or as cells, rupiah with or without {@code Rp} and cents, codes or leading words) from its
 * {@link Random}, so a folder of them holds the mix a Bappeda receives.
 *
 * <p>About one data row in thirty gets a mistake of {@link Mistake.Kind}; every other figure is consistent: each
 * capaian is realisasi / target, each kegiatan and programme the sum of its lines, so that what saring reports
 * about a generated folder is what was injected.
 */
final class AgencyWorkbook {

    /** One data row in this many gets a mistake. */
    static final int MISTAKE_EVERY = 30;

    /** An agency of a region and the year its report covers. */
    record Agency(String region, AgencyKind kind, String name, int year) {

        /** The name its titles use: {@code Kecamatan Tanjung Agung}, {@code Dinas Kesehatan}. */
        String title() {
            return (kind.prefix() + " " + name).strip();
        }

        /** Where its workbook goes: {@code kab-muara-enim/kecamatan-tanjung-agung/lkjip-2023.xlsx}. */
        String path() {
            return "kab-" + slug(region) + "/" + slug(title()) + "/lkjip-" + year + ".xlsx";
        }
    }

    private final Agency agency;
    private final Random random;
    private final Consumer<Mistake> mistakes;

    private AgencyWorkbook(Agency agency, Random random, Consumer<Mistake> mistakes) {
        this.agency = agency;
        this.random = random;
        this.mistakes = mistakes;
    }

    /** The three sheets of {@code agency}'s workbook; every injected mistake is passed to {@code mistakes}. */
    static List<SheetContent> build(Agency agency, Random random, Consumer<Mistake> mistakes) {
        AgencyWorkbook book = new AgencyWorkbook(agency, random, mistakes);
        List<SheetContent> sheets = new ArrayList<>();
        sheets.add(book.iku());
        List<long[]> lines = new ArrayList<>();
        sheets.add(book.budget(lines));
        sheets.add(book.lra(lines));
        return sheets;
    }

    private boolean mistakeHere() {
        return random.nextInt(MISTAKE_EVERY) == 0;
    }

    private void record(SheetContent sheet, int row, int column, Kind kind, String detail) {
        mistakes.accept(new Mistake(agency.path(), sheet.name(), OoxmlParts.column(column) + row, kind, detail));
    }

    // ---------------------------------------------------------------- IKU

    /** How a file writes its performance figures. */
    private enum Figures { TEXT, CELLS, CELLS_WITH_PERCENT_FORMAT }

    private SheetContent iku() {
        SheetContent sheet = new SheetContent(pick("IKU", "Capaian IKU", "PK " + agency.year()));
        Figures figures = Figures.values()[random.nextInt(Figures.values().length)];
        boolean twoRowHeader = random.nextBoolean();
        boolean numberRow = random.nextInt(3) == 0;
        boolean percentSpace = random.nextBoolean();
        // 003 l.561 and 000 l.1958: a caption, the agency, the year above the header
        sheet.row(text("PENGUKURAN KINERJA " + (random.nextBoolean() ? "INDIKATOR KINERJA UTAMA (IKU)"
                : "PERJANJIAN KINERJA")));
        sheet.row(text(agency.title().toUpperCase(Locale.ROOT) + " KABUPATEN "
                + agency.region().toUpperCase(Locale.ROOT)));
        sheet.row(text("TAHUN " + agency.year()));
        sheet.skip(1);
        String capaianHeader = pick("Capaian (%)", "Capaian ( % )", "% Capaian");
        String predikatHeader = pick("Predikat", "Kategori Capaian", "Kriteria");
        if (twoRowHeader) {
            // 004 Tabel 3.2: the year merged over Target | Realisasi | % Realisasi, the other headers merged down
            int top = sheet.row(text("No"), text("Sasaran Strategis"), text("Indikator Kinerja"), text("Satuan"),
                    text("Tahun " + agency.year()), null, null, text(predikatHeader));
            sheet.row(null, null, null, null, text("Target"), text("Realisasi"), text(capaianHeader), null);
            sheet.merge("E" + top, "G" + top);
            for (String col : List.of("A", "B", "C", "D", "H")) {
                sheet.merge(col + top, col + (top + 1));
            }
        } else {
            sheet.row(text("No"), text("Sasaran Strategis"), text("Indikator Kinerja"), text("Satuan"),
                    text(pick("Target", "Target Kinerja")), text("Realisasi"), text(capaianHeader),
                    text(predikatHeader));
        }
        if (numberRow) {
            // 003 l.866: the column-number row under the header
            sheet.row(text("1"), text("2"), text("3"), text("4"), text("5"), text("6"), text("7"), text("8"));
        }
        List<Sasaran> sasaran = new ArrayList<>(agency.kind().sasaran());
        sasaran.add(SeedCatalogue.TATA_KELOLA);
        int no = 0;
        for (Sasaran s : sasaran) {
            no++;
            boolean first = true;
            for (Indicator indicator : s.indicators()) {
                BigDecimal target = draw(indicator);
                BigDecimal realisasi = realise(indicator, target);
                BigDecimal capaian = capaian(indicator, target, realisasi);
                int row = sheet.nextRow();
                Kind mistake = mistakeHere() ? (random.nextBoolean() ? Kind.CAPAIAN_MISMATCH : Kind.GRADE_IN_NUMBER)
                        : null;
                BigDecimal stated = capaian;
                if (mistake == Kind.CAPAIAN_MISMATCH) {
                    // capaian copied from another line or year: off by a few points
                    stated = capaian.add(BigDecimal.valueOf(3 + random.nextInt(7))).setScale(2, RoundingMode.HALF_UP);
                    record(sheet, row, 6, mistake, "capaian " + IndoNumbers.decimal(stated, 2) + " for "
                            + IndoNumbers.decimal(capaian, 2));
                }
                Cell realisasiCell = figure(realisasi, indicator.decimals(), figures);
                if (mistake == Kind.GRADE_IN_NUMBER) {
                    realisasiCell = text(pick("BB", "B", "CC"));
                    record(sheet, row, 5, mistake, "grade letter as realisasi of " + indicator.name());
                }
                sheet.row(first ? text(no + ".") : null, first ? text(s.name()) : null, text(indicator.name()),
                        text(indicator.satuan()), figure(target, indicator.decimals(), figures), realisasiCell,
                        percent(stated, figures, percentSpace), text(predikat(stated)));
                first = false;
            }
        }
        sheet.skip(2);
        // 003 and 004: the signature block that ends the page
        sheet.row(null, null, null, null, null, text(signatory()));
        sheet.skip(3);
        sheet.row(null, null, null, null, null, text("NIP. 19690926 199403 1 003"));
        return sheet;
    }

    private BigDecimal draw(Indicator indicator) {
        double value = indicator.low() + random.nextDouble() * (indicator.high() - indicator.low());
        // percent targets are whole numbers in the seeds (003 l.564: 87 %, 92 %); indexes keep their decimals
        int decimals = indicator.satuan().equals("%") && indicator.high() - indicator.low() >= 5 ? 0
                : indicator.decimals();
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private BigDecimal realise(Indicator indicator, BigDecimal target) {
        double factor = indicator.lowerIsBetter() ? 0.88 + random.nextDouble() * 0.25 : 0.86 + random.nextDouble() * 0.24;
        BigDecimal value = target.multiply(BigDecimal.valueOf(factor));
        if (indicator.satuan().equals("%") && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            value = BigDecimal.valueOf(100);
        }
        return value.setScale(indicator.decimals(), RoundingMode.HALF_UP);
    }

    /** Higher is better: R / T × 100; lower is better, the regulation's form: (2T − R) / T × 100 (domain.md). */
    static BigDecimal capaian(Indicator indicator, BigDecimal target, BigDecimal realisasi) {
        BigDecimal numerator = indicator.lowerIsBetter()
                ? target.multiply(BigDecimal.valueOf(2)).subtract(realisasi) : realisasi;
        return numerator.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** The predicate of Permendagri 86/2017 (seed 004 Tabel 3.1), saring's default predicate scale. */
    static String predikat(BigDecimal capaian) {
        double c = capaian.doubleValue();
        return c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah"
                : "Sangat Rendah";
    }

    private Cell figure(BigDecimal value, int decimals, Figures figures) {
        BigDecimal shown = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.setScale(decimals, RoundingMode.HALF_UP);
        return switch (figures) {
            case TEXT -> text(IndoNumbers.decimal(shown, shown.scale()));
            case CELLS, CELLS_WITH_PERCENT_FORMAT -> num(shown, shown.scale() == 0 ? Style.GENERAL : Style.TWO_DECIMALS);
        };
    }

    private Cell percent(BigDecimal capaian, Figures figures, boolean space) {
        return switch (figures) {
            // 001 l.610 "91,19 %", 003 l.563 "94,05%"
            case TEXT -> text(IndoNumbers.decimal(capaian, 2) + (space ? " %" : "%"));
            case CELLS -> num(capaian, Style.TWO_DECIMALS);
            // the .ods and xlsx exports that store 0.9405 and show 94,05 %
            case CELLS_WITH_PERCENT_FORMAT -> num(capaian.movePointLeft(2), Style.PERCENT_TWO_DECIMALS);
        };
    }

    private String signatory() {
        return switch (agency.kind().prefix()) {
            case "Kecamatan" -> "Camat " + agency.name();
            case "Sekretariat Daerah" -> "Sekretaris Daerah";
            default -> "Kepala " + agency.title();
        };
    }

    // ---------------------------------------------------------------- budget

    private SheetContent budget(List<long[]> lines) {
        SheetContent sheet = new SheetContent(pick("Anggaran", "Realisasi Anggaran", "DPA " + agency.year()));
        boolean coded = random.nextInt(3) != 0;
        Rupiah rupiah = random.nextInt(4) == 0 ? null : Rupiah.values()[random.nextInt(Rupiah.values().length)];
        int serapanStyle = random.nextInt(3);
        sheet.row(text("REALISASI ANGGARAN PROGRAM, KEGIATAN DAN SUB KEGIATAN"));
        sheet.row(text(agency.title().toUpperCase(Locale.ROOT)));
        sheet.row(text("TAHUN ANGGARAN " + agency.year()));
        sheet.skip(1);
        if (coded) {
            sheet.row(text("Kode"), text("Program/Kegiatan/Sub Kegiatan"), text("Pagu Anggaran (Rp)"),
                    text("Realisasi (Rp)"), text(pick("Serapan (%)", "% Penyerapan Anggaran")));
        } else {
            sheet.row(text("No"), text(pick("Uraian", "Program/Kegiatan/Sub Kegiatan")), text("Anggaran"),
                    text("Realisasi Anggaran"), text(pick("Serapan (%)", "Capaian Keuangan (%)")));
        }
        List<Program> programs = new ArrayList<>();
        programs.add(SeedCatalogue.PENUNJANG);
        programs.addAll(agency.kind().programs());
        long totalPagu = 0;
        long totalRealisasi = 0;
        int programNo = 0;
        for (Program program : programs) {
            programNo++;
            String programCode = agency.kind().urusan() + "." + program.code();
            List<Kegiatan> kegiatan = program == SeedCatalogue.PENUNJANG
                    ? subset(program.kegiatan(), 4 + random.nextInt(2)) : program.kegiatan();
            List<Row> rows = new ArrayList<>();
            long programPagu = 0;
            long programRealisasi = 0;
            int kegiatanNo = 0;
            for (Kegiatan k : kegiatan) {
                kegiatanNo++;
                String kegiatanCode = programCode + ".2." + String.format("%02d", kegiatanNo);
                List<String> subs = subset(k.subKegiatan(), Math.min(k.subKegiatan().size(), 1 + random.nextInt(3)));
                List<Row> subRows = new ArrayList<>();
                long pagu = 0;
                long realisasi = 0;
                int subNo = 0;
                for (String sub : subs) {
                    subNo++;
                    long p = amount(sub);
                    long r = p - Math.round(p * random.nextDouble() * 0.3 / 1000) * 1000;
                    pagu += p;
                    realisasi += r;
                    subRows.add(new Row(kegiatanCode + "." + String.format("%04d", subNo), sub, p, r, 3));
                }
                rows.add(new Row(kegiatanCode, k.name(), pagu, realisasi, 2));
                rows.addAll(subRows);
                programPagu += pagu;
                programRealisasi += realisasi;
            }
            rows.add(0, new Row(programCode, program.name(), programPagu, programRealisasi, 1));
            totalPagu += programPagu;
            totalRealisasi += programRealisasi;
            int kegiatanNumber = 0;
            for (Row row : rows) {
                String label = coded ? stripLevelWord(row.name) : row.name;
                String first = coded ? row.code : row.level == 1 ? programNo + "." : row.level == 2
                        ? String.valueOf((char) ('a' + kegiatanNumber++)) + "." : "";
                long pagu = row.pagu;
                Kind mistake = row.level == 3 && mistakeHere()
                        ? List.of(Kind.SUM_MISMATCH, Kind.SERAPAN_MISMATCH, Kind.ENGLISH_NUMBER).get(random.nextInt(3))
                        : null;
                int r = sheet.nextRow();
                if (mistake == Kind.SUM_MISMATCH) {
                    // a sub-kegiatan revised after its kegiatan was summed: the kegiatan no longer adds up
                    pagu += 1_000_000L * (1 + random.nextInt(20));
                    record(sheet, r, 2, mistake, "pagu " + IndoNumbers.decimal(BigDecimal.valueOf(pagu), 0)
                            + " was " + IndoNumbers.decimal(BigDecimal.valueOf(row.pagu), 0));
                }
                BigDecimal serapan = BigDecimal.valueOf(row.realisasi * 100).divide(BigDecimal.valueOf(pagu), 2,
                        RoundingMode.HALF_UP);
                if (mistake == Kind.SERAPAN_MISMATCH) {
                    serapan = serapan.subtract(BigDecimal.valueOf(5 + random.nextInt(10)));
                    record(sheet, r, 4, mistake, "serapan " + IndoNumbers.decimal(serapan, 2));
                }
                Cell paguCell = money(pagu, rupiah);
                if (mistake == Kind.ENGLISH_NUMBER) {
                    paguCell = text(IndoNumbers.english(BigDecimal.valueOf(pagu), 2));
                    record(sheet, r, 2, mistake, "pagu written " + IndoNumbers.english(BigDecimal.valueOf(pagu), 2));
                }
                sheet.row(text(first), text(label), paguCell, money(row.realisasi, rupiah), serapan(serapan,
                        serapanStyle));
                if (row.level == 3) {
                    lines.add(new long[] {row.pagu, row.realisasi});
                }
            }
        }
        BigDecimal serapan = BigDecimal.valueOf(totalRealisasi * 100).divide(BigDecimal.valueOf(totalPagu), 2,
                RoundingMode.HALF_UP);
        sheet.row(null, text("JUMLAH"), money(totalPagu, rupiah), money(totalRealisasi, rupiah),
                serapan(serapan, serapanStyle));
        return sheet;
    }

    private record Row(String code, String name, long pagu, long realisasi, int level) {
    }

    /** Amounts of the size 001 l.611-664 shows: salaries in billions, other lines in millions. */
    private long amount(String subKegiatan) {
        if (subKegiatan.contains("Gaji")) {
            return 800_000_000L + random.nextInt(700_000) * 1_000L;
        }
        long p = 2_500_000L + (long) (Math.pow(random.nextDouble(), 2) * 450_000_000L);
        return random.nextBoolean() ? p / 1000 * 1000 : p / 100 * 100;
    }

    private Cell money(long amount, Rupiah style) {
        return style == null ? num(amount, Style.THOUSANDS) : text(IndoNumbers.rupiah(amount, style));
    }

    private Cell serapan(BigDecimal serapan, int style) {
        return switch (style) {
            case 0 -> text(IndoNumbers.decimal(serapan, 2));
            case 1 -> text(IndoNumbers.decimal(serapan, 2) + " %");
            default -> num(serapan.movePointLeft(2), Style.PERCENT_TWO_DECIMALS);
        };
    }

    /** With a kode rekening the line's level is in its code; DPA listings then drop the leading word. */
    private static String stripLevelWord(String name) {
        return name.replaceFirst("^(Sub Kegiatan|Kegiatan) ", "");
    }

    // ---------------------------------------------------------------- LRA

    /**
     * The agency's Laporan Realisasi Anggaran in the layout of seed 000 l.2931-2960: the same spending split by
     * economic class, each group with its JUMLAH line.
     */
    private SheetContent lra(List<long[]> lines) {
        SheetContent sheet = new SheetContent("LRA");
        long pagu = 0;
        long realisasi = 0;
        for (long[] line : lines) {
            pagu += line[0];
            realisasi += line[1];
        }
        // splits of the whole: personnel, goods and services, equipment, buildings
        long[] p = split(pagu);
        long[] r = split(realisasi);
        sheet.row(text(agency.title().toUpperCase(Locale.ROOT) + " KABUPATEN "
                + agency.region().toUpperCase(Locale.ROOT)));
        sheet.row(text("LAPORAN REALISASI ANGGARAN"));
        sheet.row(text("TAHUN ANGGARAN " + agency.year()));
        sheet.row(text("(dalam rupiah)"));
        sheet.skip(1);
        sheet.row(text("URAIAN"), text("ANGGARAN"), text("REALISASI " + agency.year()), text("% " + agency.year()));
        lraRow(sheet, "BELANJA DAERAH", pagu, realisasi);
        lraRow(sheet, "BELANJA OPERASI", p[0] + p[1], r[0] + r[1]);
        lraRow(sheet, "Belanja Pegawai", p[0], r[0]);
        lraRow(sheet, "Belanja Barang dan Jasa", p[1], r[1]);
        lraRow(sheet, "JUMLAH BELANJA OPERASI", p[0] + p[1], r[0] + r[1]);
        lraRow(sheet, "BELANJA MODAL", p[2] + p[3], r[2] + r[3]);
        lraRow(sheet, "Belanja Modal Peralatan dan Mesin", p[2], r[2]);
        lraRow(sheet, "Belanja Modal Gedung dan Bangunan", p[3], r[3]);
        lraRow(sheet, "JUMLAH BELANJA MODAL", p[2] + p[3], r[2] + r[3]);
        lraRow(sheet, "JUMLAH BELANJA", pagu, realisasi);
        return sheet;
    }

    private static long[] split(long whole) {
        long personnel = whole * 45 / 100;
        long equipment = whole * 8 / 100;
        long buildings = whole * 5 / 100;
        return new long[] {personnel, whole - personnel - equipment - buildings, equipment, buildings};
    }

    private void lraRow(SheetContent sheet, String label, long pagu, long realisasi) {
        BigDecimal percent = pagu == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(realisasi * 100).divide(BigDecimal.valueOf(pagu), 2, RoundingMode.HALF_UP);
        sheet.row(text(label), text(IndoNumbers.rupiah(pagu, Rupiah.PLAIN)),
                text(IndoNumbers.rupiah(realisasi, Rupiah.CENTS)), text(IndoNumbers.decimal(percent, 2)));
    }

    // ---------------------------------------------------------------- helpers

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** {@code count} items of {@code all} in their order, chosen by the file's random. */
    private <T> List<T> subset(List<T> all, int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indexes.add(i);
        }
        java.util.Collections.shuffle(indexes, random);
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, Math.min(count, all.size())));
        chosen.sort(null);
        return chosen.stream().map(all::get).toList();
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
