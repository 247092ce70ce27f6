package id.saring.check;

import static id.saring.check.CapaianRows.PREDIKAT;
import static id.saring.check.CapaianRows.record;
import static id.saring.check.CheckFixtures.FILE;
import static id.saring.check.CheckFixtures.REALISASI;
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
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.rules.CheckSettings;
import id.saring.rules.Scale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateMismatchCheckTest {

    private static final CheckSettings MUARA_ENIM = RULES.withProfile("kab-muara-enim").orElseThrow().checks();

    /** SAKIP and IKM grades with bands, as PermenPAN-RB 88/2021 and 14/2017 give them. */
    private static final Scale SAKIP = new Scale("sakip", "PermenPAN-RB 88/2021", List.of(
            band("AA", "90", null), band("A", "80", "90"), band("BB", "70", "80"), band("B", "60", "70"),
            band("CC", "50", "60"), band("C", "30", "50"), new Scale.Band("D", Optional.of(BigDecimal.ZERO),
                    Optional.empty(), Optional.of(new BigDecimal("30")), Optional.empty())),
            List.of("AA", "A", "BB", "B", "CC", "C", "D"));
    private static final Scale IKM = new Scale("ikm", "PermenPAN-RB 14/2017", List.of(
            new Scale.Band("A", Optional.of(new BigDecimal("88.31")), Optional.empty(), Optional.empty(),
                    Optional.empty()),
            new Scale.Band("B", Optional.of(new BigDecimal("76.61")), Optional.empty(), Optional.empty(),
                    Optional.of(new BigDecimal("88.31"))),
            new Scale.Band("C", Optional.of(new BigDecimal("65")), Optional.empty(), Optional.empty(),
                    Optional.of(new BigDecimal("76.61")))),
            List.of("A", "B", "C", "D"));

    private final PredicateMismatchCheck muaraEnim = new PredicateMismatchCheck(new Findings(MUARA_ENIM),
            MUARA_ENIM.predicateScale(), RULES.scales().values());
    private final PredicateMismatchCheck graded = new PredicateMismatchCheck(new Findings(RULES.checks()),
            RULES.checks().predicateScale(), List.of(SAKIP, IKM));

    /** A band above {@code above} up to {@code to}, as the SAKIP scale writes them (AA > 90-100). */
    private static Scale.Band band(String label, String above, String to) {
        return new Scale.Band(label, Optional.empty(), Optional.of(new BigDecimal(above)), Optional.ofNullable(to)
                .map(BigDecimal::new), Optional.empty());
    }

    @Test
    void aPredikatTheRegionsScaleGivesAnotherCapaianIsAMismatchAtItsCell() {
        // seed 000 l.1971: Indeks Reformasi Birokrasi, capaian 100 labelled Baik; Muara Enim's scale (l.1942-1946)
        // makes >= 100 Sangat Baik
        List<Finding> found = muaraEnim.check(record(1971, "10. Indeks Reformasi Birokrasi", "", "B", "B", "100",
                "Baik"), Optional.empty(), Optional.of(new BigDecimal("100.00")));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.PREDICATE_MISMATCH);
            assertThat(f.rule()).isEqualTo("predicate.scale");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 1971, PREDIKAT));
            assertThat(f.message().key()).isEqualTo("predicate.capaian");
            assertThat(f.message().args()).hasSize(6);
            assertThat(f.message().args().subList(0, 4)).containsExactly("Baik", "G1971",
                    Message.of("figure.stated", "100"), "Sangat Baik");
            assertThat(f.message().args().get(5)).isEqualTo("capaian-kab-muara-enim");
            assertThat(f.value()).isEqualTo("Baik");
            assertThat(f.expected()).isEqualTo("Sangat Baik");
            assertThat(new MessageCatalog(Language.ID).render(f.message())).isEqualTo("Predikat tertulis Baik di sel "
                    + "G1971, padahal capaian tertulis 100 termasuk Sangat Baik (≥ 100) pada skala capaian-kab-muara-enim.");
            assertThat(new MessageCatalog(Language.EN).render(f.message())).isEqualTo("The predikat stated in cell G1971 "
                    + "is Baik, but the stated capaian 100 falls in Sangat Baik (≥ 100) on the scale capaian-kab-muara-enim.");
        });
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # seed 000 line, indicator                  | capaian | kriteria    | mismatch
            l.1962 Indeks Pembangunan Manusia           | 104     | Sangat Baik | ''
            l.1964 Angka Harapan Lama Sekolah           | 99,92   | Baik        | ''
            l.1977 Opini BPK                            | 100     | Baik        | Sangat Baik
            l.1981 Nilai SAKIP                          | 100     | Baik        | Sangat Baik
            l.1984 Persentase Peraturan (harmonis)      | 100     | Baik        | Sangat Baik
            Cukup for 60                                | 60      | Cukup       | ''
            Kurang for 56                               | 56      | Kurang      | Cukup
            """)
    void theKriteriaColumnOfMuaraEnimAgainstItsScale(String indikator, String capaian, String kriteria,
            String mismatch) {
        List<Finding> found = muaraEnim.check(record(5, indikator, "", "1", "1", capaian, kriteria), Optional.empty(),
                Optional.empty());

        assertThat(found).extracting(Finding::expected).containsExactlyElementsOf(
                mismatch.isEmpty() ? List.of() : List.of(mismatch));
    }

    @Test
    void withoutAStatedCapaianTheRecomputedOneIsGraded() {
        Finding f = muaraEnim.check(record(1969, "8. PDRB Perkapita", "", "Rp.132 juta", "Rp. 181 juta*", "",
                "Baik"), Optional.empty(), Optional.of(new BigDecimal("137.12"))).get(0);

        assertThat(f.message().args().get(2)).isEqualTo(Message.of("figure.recomputed", new BigDecimal("137.12")));
        assertThat(f.expected()).isEqualTo("Sangat Baik");
    }

    @Test
    void aPredikatOfNoLabelOfTheRegionsScaleIsLeftAlone() {
        // under the bundled Permendagri scale (Sangat Tinggi … Sangat Rendah) "Baik" is no label: not compared
        PredicateMismatchCheck bundled = new PredicateMismatchCheck(new Findings(RULES.checks()),
                RULES.checks().predicateScale(), RULES.scales().values());

        assertThat(bundled.check(record(1971, "10. Indeks Reformasi Birokrasi", "", "B", "B", "100", "Baik"),
                Optional.empty(), Optional.of(new BigDecimal("100.00")))).isEmpty();
        assertThat(bundled.check(record(1971, "10. Indeks Reformasi Birokrasi", "", "B", "B", "100", "Tinggi"),
                Optional.empty(), Optional.of(new BigDecimal("100.00")))).extracting(Finding::expected)
                .containsExactly("Sangat Tinggi");
        // no capaian at all (000 l.1980: "-" labelled Kurang)
        assertThat(muaraEnim.check(record(1980, "16. Penghargaan Pembangunan Daerah", "", "Nominasi", "-", "-",
                "Kurang"), Optional.empty(), Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # source                                      | target    | realisasi
            004 l.912: A (86,45) is SAKIP's A             | CC        | A (86,45)
            003 l.573: B(64,59) is SAKIP's B              | B(64,59)  | 61,90
            000 l.2265: a grade of no banded scale        | B         | A - (4,10)
            """)
    void aScoreInsideItsGradesBandOnSomeScaleIsConsistent(String source, String target, String realisasi) {
        assertThat(graded.check(record(5, "Indeks Reformasi Hukum", "", target, realisasi, ""), Optional.empty(),
                Optional.empty())).isEmpty();
    }

    @Test
    void aScoreOutsideItsGradesBandOnEveryScaleIsAMismatch() {
        // seed 003 l.573 with the target's score typed as 74,59: B is 60-70 on SAKIP and 76,61-88,30 on IKM
        CapaianRecord r = record(573, "Nilai Evaluasi SAKIP Kecamatan Sumber Harta", "", "B(74,59)", "61,90", "95");

        Finding f = graded.check(r, Optional.empty(), Optional.empty()).get(0);

        assertThat(f.category()).isEqualTo(Category.PREDICATE_MISMATCH);
        assertThat(f.rule()).isEqualTo("predicate.score");
        assertThat(f.location()).isEqualTo(new Location(FILE, SHEET, 573, TARGET));
        assertThat(f.message().key()).isEqualTo("predicate.score");
        assertThat(f.message().args().subList(0, 4)).containsExactly("B(74,59)", "D573", new BigDecimal("74.59"),
                "BB");
        assertThat(f.message().args().subList(5, 7)).containsExactly("sakip", "B");
        assertThat(f.value()).isEqualTo("B(74,59)");
        assertThat(f.expected()).isEqualTo("BB");
        assertThat(new MessageCatalog(Language.ID).render(f.message())).isEqualTo("Predikat B(74,59) di sel D573 "
                + "disertai skor 74,59, padahal skor itu termasuk BB (> 70 dan ≤ 80) pada skala sakip, bukan B.");
    }

    @Test
    void theIndicatorsOwnScaleIsTheOnlyOneAsked() {
        // seed 004 l.912: A (86,45) is SAKIP's A (> 80-90) but IKM's B (76,61-88,30)
        CapaianRecord r = record(912, "Indeks Reformasi Hukum", "", "CC", "A (86,45)", "172");

        assertThat(graded.check(r, Optional.of(SAKIP), Optional.empty())).isEmpty();
        assertThat(graded.check(r, Optional.of(IKM), Optional.empty())).singleElement().satisfies(f -> {
            assertThat(f.location().column()).isEqualTo(REALISASI);
            assertThat(f.expected()).isEqualTo("B");
            assertThat(f.message().args().get(5)).isEqualTo("ikm");
        });
    }
}
