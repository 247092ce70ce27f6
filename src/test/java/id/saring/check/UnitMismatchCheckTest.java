package id.saring.check;

import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static id.saring.check.CheckFixtures.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.rules.ValueRules.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMismatchCheckTest {

    private final UnitMismatchCheck check = new UnitMismatchCheck(new Findings(RULES.checks()), RULES.values());

    private List<Finding> check(CapaianRecord record) {
        return check.check(record, IndicatorUnit.of(record, RULES.indicators().entryOf(record.indikator()),
                RULES.values()));
    }

    @Test
    void aCountWithAWordOfAnotherKindContradictsItsSatuan() {
        // seed 003 l.891: Penyediaan Gaji dan Tunjangan ASN, 18 Orang of 18 Orang, with its satuan typed as %
        List<Finding> found = check(record(891, "Terbayarnya gaji dan Tunjangan ASN", "%", "18 Orang", "18 Orang",
                "100%"));

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isEqualTo(new Finding(new Location(FILE, SHEET, 891, TARGET), Category.UNIT_MISMATCH,
                "value.unit", Severity.WARNING, Message.of("unit.mismatch", "18 Orang", "D891",
                        Message.of("unit.kind.count"), "%", Message.of("unit.kind.percent")),
                "18 Orang", "%"));
        assertThat(found.get(1).location().cell()).isEqualTo("E891");
    }

    @ParameterizedTest(name = "[{index}] {0}: {3} under {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                            | indikator                                  | satuan | value              | written | unit
            003 l.891, target typed as a percent                | Terbayarnya gaji dan Tunjangan ASN         | Orang  | 100%               | percent | count
            000 l.2117, the rupiah typed as a percent           | Tingkat Daya Beli Masyarakat               | Juta   | 106,69%            | percent | money
            003 l.899, a year typed as a percent                | Jumlah rapat rapat koordinasi              | Tahun  | 100%               | percent | years
            000 l.1822, the numerator for the share             | Persentase ARG pada belanja langsung APBD  | %      | Rp 154.171.890.711 | money   | percent
            000 l.2000, rupiah for an index                     | Indeks Pembangunan Manusia                 | Indeks | Rp 72,33           | money   | index
            003 l.925, a count of an index                      | Indeks Kepuasan Masyarakat                 | Indeks | 1 kali pelaksanaan | count   | index
            """)
    void aValueWrittenInAnotherKindOfUnitIsAMismatch(String source, String indikator, String satuan, String value,
            String written, String unit) {
        Finding f = check(record(5, indikator, satuan, value, "", "")).get(0);

        assertThat(f.category()).isEqualTo(Category.UNIT_MISMATCH);
        assertThat(f.message().args()).containsExactly(value, "D5", Message.of("unit.kind." + written), satuan,
                Message.of("unit.kind." + unit));
        assertThat(f.expected()).isEqualTo(satuan);
    }

    @Test
    void withoutASatuanOfItsOwnTheCataloguesUnitCounts() {
        // seed 000 l.1966: Tingkat Daya Beli Masyarakat (rupiah in the catalogue), realisasi typed as a percent
        Finding f = check(record(1966, "5. Tingkat Daya Beli Masyarakat", "", "Rp.10,95 juta", "106,69%", ""))
                .get(0);

        assertThat(f.location().cell()).isEqualTo("E1966");
        assertThat(f.message().args().get(3)).isEqualTo("rupiah");
        assertThat(f.expected()).isEqualTo("rupiah");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                      | indikator                                 | satuan         | value
            003 l.891: 18 Orang under Orang               | Terbayarnya gaji dan Tunjangan ASN        | Orang          | 18 Orang
            003 l.925: a count with a two-word unit       | Terlaksananya HUT RI di Kecamatan         | kali           | 1 kali pelaksanaan
            003 l.930: satuan Desa/Kelurahan              | Terlaksananya Pemilihan Kepala Desa       | Desa/Kelurahan | 4 Desa
            003 l.899: 1 tahun under Tahun                | Jumlah rapat rapat koordinasi             | Tahun          | 1 tahun
            001 l.583: an index written as a percent      | Nilai SAKIP Kecamatan                     | ''             | 85%
            000 l.2117: rupiah under Juta                 | Tingkat Daya Beli Masyarakat              | Juta           | Rp. 11,683
            000 l.2462: a satuan the rules do not list    | Nilai SAKIP                               | Kategori       | 75%
            004 l.997: a count word the rules do not list | Rapat-rapat koordinasi                    | ''             | 10 kai
            000 l.1967: a plain number                    | Laju Pertumbuhan Ekonomi                  | %              | 8,58
            """)
    void aValueOfItsUnitsKindOrOfAnUnknownKindAgrees(String source, String indikator, String satuan, String value) {
        assertThat(check(record(5, indikator, satuan, value, value, ""))).isEmpty();
    }

    @Test
    void aPercentFarAboveAnyShareIsARatioWrittenWithAPercentSign() {
        // seed 000 l.1818: Tingkat Produktivitas Tenaga Kerja, 52.228.235,9 / 44.581 × 100 % = 117.153,58 %; the
        // row states no satuan, and a name the catalogue does not know gives none either
        Finding f = check(record(1818, "Tingkat Produktivitas Pekerja Desa", "", "", "117.153,58%", "")).get(0);

        assertThat(f.category()).isEqualTo(Category.UNIT_MISMATCH);
        assertThat(f.location().cell()).isEqualTo("E1818");
        assertThat(f.message()).isEqualTo(Message.of("unit.percent-ceiling", "117.153,58%", "E1818",
                new BigDecimal("117153.58"), new BigDecimal("1000")));
        assertThat(f.value()).isEqualTo("117.153,58%");
        assertThat(f.expected()).isEmpty();
    }

    @Test
    void aPercentForAnIndicatorTheCatalogueKeepsInRupiahIsAUnitMismatch() {
        // seed 000 l.1818 as written: the catalogue states productivity in rupiah per worker
        Finding f = check(record(1818, "Tingkat Produktivitas Tenaga Kerja", "", "", "117.153,58%", "")).get(0);

        assertThat(f.message()).isEqualTo(Message.of("unit.mismatch", "117.153,58%", "E1818",
                Message.of("unit.kind.percent"), "rupiah per tenaga kerja", Message.of("unit.kind.money")));
    }

    @Test
    void aPlainNumberOfAPercentUnitIsHeldToTheCeilingToo() {
        assertThat(check(record(1818, "Tingkat Produktivitas Tenaga Kerja", "%", "", "117.153,58", "")))
                .extracting(f -> f.message().key()).containsExactly("unit.percent-ceiling");
        // a growth of 134,69 % and a capaian column are no concern of the ceiling (000 l.1967)
        assertThat(check(record(1967, "Laju Pertumbuhan Ekonomi", "%", "6,37", "134,69%", "1.346,9"))).isEmpty();
    }

    @Test
    void whatItReportsIsNamedSoThatTheRangeCheckLeavesItAlone() {
        // seed 001 l.581 with its satuan typed as Desa: 970 % is no count of villages, nor a share to hold to 100
        CapaianRecord r = record(581, "Persentase Desa yang memiliki administrasi umum pemerintah", "Desa", "80",
                "970%", "");
        IndicatorUnit unit = IndicatorUnit.of(r, Optional.empty(), RULES.values());

        assertThat(check.reports(r.realisasi(), unit)).isTrue();
        assertThat(check.reports(r.target(), unit)).isFalse();
        assertThat(check.check(r, unit)).extracting(f -> f.location().cell()).containsExactly("E581");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # satuan                      | kind
            %                             | PERCENT
            (%)                           | PERCENT
            Persen                        | PERCENT
            Rupiah                        | MONEY
            Rp                            | MONEY
            Juta                          | MONEY
            Orang                         | COUNT
            Desa/Kelurahan                | COUNT
            Koran / majalah               | none
            Tahun                         | YEARS
            Indeks                        | INDEX
            Nilai                         | INDEX
            per 1.000 kelahiran hidup     | none
            Kategori                      | none
            """)
    void theRulesNameTheKindOfASatuan(String satuan, UnitKind kind) {
        assertThat(RULES.values().kindOf(satuan)).isEqualTo(Optional.ofNullable(kind));
    }
}
