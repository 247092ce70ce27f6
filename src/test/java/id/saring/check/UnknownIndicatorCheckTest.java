package id.saring.check;

import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.RULES;
import static id.saring.check.CheckFixtures.SHEET;
import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownIndicatorCheckTest {

    private final UnknownIndicatorCheck check = new UnknownIndicatorCheck(new Findings(RULES.checks()));

    private Optional<Finding> check(CapaianRecord record) {
        return check.check(record, RULES.indicators().directionOf(record.indikator()));
    }

    @Test
    void anIndicatorOfTheDefaultDirectionIsNotedOnceOnItsRow() {
        // seed 001 l.585: Persentase pelayanan Administrasi terpadu (MAD), 100 % of 100 %
        Finding f = check(record(585, "Persentase pelayanan Administrasi terpadu (MAD)", "", "100 %", "100 %",
                "100 %")).orElseThrow();

        assertThat(f).isEqualTo(new Finding(new Location(FILE, SHEET, 585, -1), Category.UNKNOWN_INDICATOR,
                "indicator.unknown", Severity.INFO, Message.of("indicator.unknown",
                        "Persentase pelayanan Administrasi terpadu (MAD)", Message.of("arah.naik")),
                "Persentase pelayanan Administrasi terpadu (MAD)", ""));
        assertThat(new MessageCatalog(Language.EN).render(f.message())).isEqualTo("The indicator \"Persentase "
                + "pelayanan Administrasi terpadu (MAD)\" is not in the indicator catalogue (indicators.yaml) and its name "
                + "holds no direction keyword, so its direction is taken to be naik (higher is better). If it is "
                + "otherwise, add the indicator to the catalogue.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # source and why                                     | indikator
            000 l.1970: in the catalogue                         | 9. Persentase Penduduk Miskin
            003 l.564: in the catalogue by an alias              | Indeks Kepuasan masyarakat
            000 l.759: a turun keyword (prevalensi)              | Prevalensi balita gizi kurang
            003 l.890: no indicator at all (a kegiatan row)      | ''
            """)
    void aKnownOrAbsentIndicatorIsNotNoted(String source, String indikator) {
        assertThat(check(record(5, indikator, "", "80", "90", "100"))).isEmpty();
    }

    @Test
    void tablesThatComputeNoCapaianUseNoDirection() {
        // seed 004 l.784 (Perjanjian Kinerja: targets only) and Tabel 3.3 (capaian only)
        assertThat(check(record(784, "Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik", "Nilai",
                "89,00 4,00", null, null))).isEmpty();
        assertThat(check(record(929, "Persentase Ketepatan Kebijakan Pembangunan", "", null, null, "98"))).isEmpty();
    }
}
