package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.BudgetLevel;
import id.saring.rules.BudgetRules.Placement;
import id.saring.rules.BudgetRules.Section;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetRulesTest {

    private static final BudgetRules RULES = bundled();

    private static BudgetRules bundled() {
        try {
            return new RuleLoader().load(Path.of("rules"), Optional.empty()).budget();
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> rank {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # kode               | rank | level
            7.01.01              | 3    | PROGRAM
            7.01.01.2.01         | 5    | KEGIATAN
            7.01.01.2.01.0001    | 6    | SUB_KEGIATAN
            ' 7.01.01.2.01. '    | 5    | KEGIATAN
            7.01                 | 2    | UNKNOWN
            7                    | 1    | UNKNOWN
            """)
    void kodeRekeningPlacesALineByItsNumberOfSegments(String kode, int rank, BudgetLevel level) {
        assertThat(RULES.byCode(kode)).contains(new Placement(rank, level, Optional.empty(), false));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource({"''", "a.b", "7.01.x", "Program"})
    void textThatIsNoKodeRekeningPlacesNothing(String kode) {
        assertThat(RULES.byCode(kode)).isEmpty();
    }

    @Test
    void separateColumnsPlaceALineAtTheRankOfTheirLevel() {
        assertThat(RULES.byLevel(BudgetLevel.PROGRAM)).contains(
                new Placement(3, BudgetLevel.PROGRAM, Optional.empty(), false));
        assertThat(RULES.byLevel(BudgetLevel.KEGIATAN)).contains(
                new Placement(5, BudgetLevel.KEGIATAN, Optional.empty(), false));
        assertThat(RULES.byLevel(BudgetLevel.SUB_KEGIATAN)).contains(
                new Placement(6, BudgetLevel.SUB_KEGIATAN, Optional.empty(), false));
        assertThat(RULES.byLevel(BudgetLevel.JENIS_BELANJA)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # uraian                                                | rank | level        | section     | net
            1. Program Penunjang Urusan Pemerintahan Daerah        | 3    | PROGRAM      |             | false
            a. Kegiatan Administrasi Keuangan Perangkat Daerah     | 5    | KEGIATAN     |             | false
            Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN          | 6    | SUB_KEGIATAN |             | false
            SubKegiatan Penyediaan Gaji                             | 6    | SUB_KEGIATAN |             | false
            PENDAPATAN - LRA                                        | 1    | TOTAL        | REVENUE     | false
            PENDAPATAN DAERAH                                       | 1    | TOTAL        | REVENUE     | false
            PENDAPATAN ASLI DAERAH (PAD)                            | 2    | TOTAL        | REVENUE     | false
            LAIN-LAIN PENDAPATAN DAERAH YANG SAH                    | 2    | TOTAL        | REVENUE     | false
            BELANJA DAERAH                                          | 1    | TOTAL        | EXPENDITURE | false
            BELANJA OPERASI                                         | 2    | TOTAL        | EXPENDITURE | false
            BELANJA TIDAK TERDUGA                                   | 2    | TOTAL        | EXPENDITURE | false
            PEMBIAYAAN DAERAH                                       | 1    | TOTAL        | FINANCING   | true
            PENERIMAAN PEMBIAYAAN                                   | 2    | TOTAL        | REVENUE     | false
            PENGELUARAN PEMBIAYAAN                                  | 2    | TOTAL        | EXPENDITURE | false
            SURPLUS/DEFISIT                                         | 1    | TOTAL        | BALANCE     | true
            PEMBIAYAAN NETTO                                        | 1    | TOTAL        | BALANCE     | true
            SISA LEBIH PEMBIAYAAN ANGGARAN                          | 1    | TOTAL        | BALANCE     | true
            """)
    void uraianPlacesALineByTheFirstPatternItMatches(String uraian, int rank, BudgetLevel level, Section section,
            boolean net) {
        assertThat(RULES.byWords(uraian)).contains(new Placement(rank, level, Optional.ofNullable(section), net));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"Belanja Pegawai", "Pajak Daerah", "Belanja Tidak Terduga lainnya", "Pelaksanaan program desa"})
    void detailLinesMatchNoPattern(String uraian) {
        assertThat(RULES.byWords(uraian)).isEmpty();
    }

    @Test
    void lineUnderAnExpenditureLineIsAJenisBelanja() {
        assertThat(RULES.detailLevel(Optional.of(Section.EXPENDITURE))).isEqualTo(BudgetLevel.JENIS_BELANJA);
        assertThat(RULES.detailLevel(Optional.of(Section.REVENUE))).isEqualTo(BudgetLevel.UNKNOWN);
        assertThat(RULES.detailLevel(Optional.empty())).isEqualTo(BudgetLevel.UNKNOWN);
    }
}
