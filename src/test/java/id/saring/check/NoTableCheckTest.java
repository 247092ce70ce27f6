package id.saring.check;

import static id.saring.check.CheckFixtures.PARSER;
import static id.saring.check.CheckFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.read.Cell;
import id.saring.read.SheetRow;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files and sheets in which no table was recognised, from the seeds' figures that are no table saring checks. */
class NoTableCheckTest {

    /** 000 l.1030-1039: the IPM of 2016-2023 (the seed's blank line 1032 left out). */
    private static final String IPM = """
            No\tTahun\tAngka IPM
            1\t2016\t66,71
            2\t2017\t67,63
            3\t2018\t68,28
            4\t2019\t68,88
            5\t2020\t68,74
            6\t2021\t68,86
            7\t2022\t69,43
            8\t2023\t70,24
            """;
    /** 000 l.1043-1045: prose, a heading and a number in a sentence. */
    private static final String PROSE = """
            2.1.2. Angka Kemiskinan
            Kemiskinan adalah kondisi dimana seseorang atau sekelompok orang tidak mampu memenuhi hak-hak dasarnya (Bappenas, 2004).
            """;

    private final NoTableCheck check = new NoTableCheck("kinerja-makro-2023.xlsx", PARSER, RULES.checks());
    private final MessageCatalog id = new MessageCatalog(Language.ID);
    private final MessageCatalog en = new MessageCatalog(Language.EN);

    private void sheet(String name, int first, String block, int tables) {
        check.startSheet(name);
        int number = first;
        for (String line : block.split("\n")) {
            List<Cell> cells = new ArrayList<>();
            String[] fields = line.split("\t", -1);
            for (int c = 0; c < fields.length; c++) {
                if (!fields[c].isBlank()) {
                    cells.add(Cell.text(c, fields[c]));
                }
            }
            check.row(new SheetRow(number++, cells, false));
        }
        check.endSheet(tables);
    }

    @Test
    void aSheetOfFiguresWithoutATableInAFileWithTablesIsReportedOnTheSheet() {
        sheet("Kinerja Makro", 1007, "No\tIndikator Kinerja Makro\tCapaian Kinerja Tahun 2022\n", 1);
        sheet("IPM", 1030, IPM, 0);

        assertThat(check.findings(1)).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.NO_TABLE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo("table.none");
            assertThat(f.location()).isEqualTo(new Location("kinerja-makro-2023.xlsx", "IPM", 0, -1));
            assertThat(f.value()).isEmpty();
            assertThat(f.expected()).isEmpty();
            assertThat(f.message()).isEqualTo(Message.of("no-table.sheet", "IPM", 8));
            assertThat(id.render(f.message())).isEqualTo("Lembar IPM memuat 8 baris berisi angka, tetapi tidak ada tabel"
                    + " capaian kinerja atau tabel anggaran yang dikenali di dalamnya, sehingga isinya tidak diperiksa. "
                    + "Tabel dikenali dari baris judul kolomnya, misalnya Indikator, Target, Realisasi, Capaian atau "
                    + "Uraian, Pagu, Realisasi.");
        });
    }

    @Test
    void aFileWithoutAnyTableIsOneFindingOnTheFile() {
        // 000 l.1063-1066: growth per sector, figures with dot decimals
        sheet("", 1063, """
                No.\tKategori\tTahun\t
                \t\t2022\t2023
                1.\tPertanian, Kehutanan, dan Perikanan\t3.02\t1.92
                2.\tPertambangan dan Penggalian\t12.98\t12.03
                3.\tIndustri Pengolahan\t0.36\t3.01
                """, 0);

        List<Finding> found = check.findings(0);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.ofFile("kinerja-makro-2023.xlsx"));
            assertThat(en.render(f.message())).isEqualTo("This file holds no performance (capaian) or budget table that "
                    + "saring recognises, so nothing in it was checked. A table is recognised by its header row, for "
                    + "example Indikator, Target, Realisasi, Capaian or Uraian, Pagu, Realisasi.");
        });
    }

    @Test
    void aSheetOfProseOrAnEmptySheetIsNotReported() {
        sheet("Kinerja Makro", 1007, "No\tIndikator Kinerja Makro\tCapaian Kinerja Tahun 2022\n", 1);
        sheet("Uraian", 1043, PROSE, 0);
        check.startSheet("Kosong");
        check.endSheet(0);

        assertThat(check.findings(1)).isEmpty();
    }

    @Test
    void twoRowsOfFiguresAreNoTableYet() {
        sheet("Kinerja Makro", 1007, "No\tIndikator Kinerja Makro\tCapaian Kinerja Tahun 2022\n", 1);
        // 000 l.1096-1097: a header of years and one row of figures
        sheet("PDRB", 1096, """
                \t2022\t2023
                Pendapatan Per Kapita Atas Dasar Harga Berlaku\t113.577.464,75\t118.517.505,85
                """, 0);

        assertThat(check.findings(1)).isEmpty();
    }
}
