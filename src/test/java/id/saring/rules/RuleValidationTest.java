package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader verifies beyond the shape of each file, one deliberate break of a bundled file at a time: bands
 * that overlap or leave a gap, aliases given twice, patterns that do not compile, names that lead nowhere. Each
 * problem is asserted in full, {@code file:line: message}, at the line of the entry that breaks the rule.
 */
class RuleValidationTest {


    @TempDir
    Path user;

    private UserRuleFolder folder;

    @BeforeEach
    void userFolder() {
        folder = new UserRuleFolder(user);
    }

    /** The aliases and settings of the bundled Nilai SAKIP entry. */
    private static final String NILAI_SAKIP = "aliases: [nilai sakip, evaluasi sakip, nilai evaluasi sakip, nilai akip, "
            + "nilai evaluasi akip]\n    arah: naik\n    satuan: nilai\n    min: 0\n    max: 100\n"
            + "    scale: sakip-permenpanrb-88-2021\n";

    // a file missing a value it needs

    @Test
    void aScaleWithoutKindIsReportedNotTrippedOver() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "    kind: grades\n    grades: [WTP", "    grades: [WTP");

        assertThat(folder.problem()).isEqualTo(copy + ":55: scales[4].kind: must not be blank");
    }

    @Test
    void aSeverityWithoutValueIsReportedNotTrippedOver() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overrun:");

        assertThat(folder.problem()).isEqualTo(copy + ":43: severity[budget-overrun].<map value>: must not be blank");
    }

    // scales.yaml: bands

    @Test
    void bandsThatShareAnEdgeValueOverlapAtIt() throws Exception {
        // Baik [80, 90) and Cukup (70, 80] both hold 80; Cukup is the later band, line 25
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Baik, above: 80, below: 90}",
                "{label: Baik, from: 80, below: 90}");

        assertThat(folder.problem()).isEqualTo(copy + ":25: scale 'capaian-kec-semende-darat-tengah': bands 'Baik' and "
                + "'Cukup' overlap at 80");
    }

    @Test
    void bandsThatShareAnIntervalNameIt() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Sedang, from: 66, below: 76}",
                "{label: Sedang, from: 66, below: 80}");

        assertThat(folder.problem()).isEqualTo(copy + ":15: scale 'capaian-permendagri-86-2017': bands 'Tinggi' and "
                + "'Sedang' overlap on [76, 80)");
    }

    @Test
    void integerBandsOfTheRegulationLeaveAGap() throws Exception {
        // 76-90 then >= 91, as the regulation writes them: (90, 91) is in no band
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Tinggi, from: 76, below: 91}",
                "{label: Tinggi, from: 76, to: 90}");

        assertThat(folder.problem()).isEqualTo(copy + ":14: scale 'capaian-permendagri-86-2017': bands 'Sangat Tinggi' and "
                + "'Tinggi' leave a gap on (90, 91)");
    }

    @Test
    void twoExcludedEdgesLeaveTheirValueOut() throws Exception {
        // Baik is above 75, Cukup now below 75: 75 itself is in neither
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Cukup, above: 55, to: 75}",
                "{label: Cukup, above: 55, below: 75}");

        assertThat(folder.problem()).isEqualTo(copy + ":35: scale 'capaian-kab-muara-enim': bands 'Baik' and 'Cukup' "
                + "leave a gap at 75");
    }

    @Test
    void aGapBetweenTheGradeBandsOfAGradesScaleIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: D, from: 0, to: 30}", "{label: D, from: 0, to: 29}");

        assertThat(folder.problem()).isEqualTo(copy + ":53: scale 'sakip-permenpanrb-88-2021': bands 'C' and 'D' "
                + "leave a gap on (29, 30]");
    }

    @Test
    void theGapIsReportedAtTheLaterBandWhateverTheOrderOfTheBands() throws Exception {
        // lowest band first: Sangat Kurang (line 23) to 0, then Kurang (line 24) above 1
        Path copy = folder.copyWith(RuleLoader.SCALES, """
                      - {label: Sangat Baik, from: 90}
                      - {label: Baik, above: 80, below: 90}
                      - {label: Cukup, above: 70, to: 80}
                      - {label: Kurang, above: 0, to: 70}
                      - {label: Sangat Kurang, to: 0}
                """, """
                      - {label: Sangat Kurang, to: 0}
                      - {label: Kurang, above: 1, to: 70}
                      - {label: Cukup, above: 70, to: 80}
                      - {label: Baik, above: 80, below: 90}
                      - {label: Sangat Baik, from: 90}
                """);

        assertThat(folder.problem()).isEqualTo(copy + ":24: scale 'capaian-kec-semende-darat-tengah': bands "
                + "'Sangat Kurang' and 'Kurang' leave a gap on (0, 1]");
    }

    @Test
    void bandsInAnyOrderThatMeetAreValid() throws Exception {
        folder.copyWith(RuleLoader.SCALES, """
                      - {label: Sangat Baik, from: 100}
                      - {label: Baik, above: 75, below: 100}
                      - {label: Cukup, above: 55, to: 75}
                      - {label: Kurang, to: 55}
                """, """
                      - {label: Cukup, above: 55, to: 75}
                      - {label: Sangat Baik, from: 100}
                      - {label: Kurang, to: 55}
                      - {label: Baik, above: 75, below: 100}
                """);

        assertThat(folder.load().scales().get("capaian-kab-muara-enim").grade(new BigDecimal("75"))).contains("Cukup");
    }

    @Test
    void aBandWhoseLowerEdgeIsAboveItsUpperEdgeHoldsNoValue() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Rendah, from: 51, below: 66}",
                "{label: Rendah, from: 66, below: 51}");

        assertThat(folder.problem()).isEqualTo(copy + ":16: scale 'capaian-permendagri-86-2017': band 'Rendah' holds no "
                + "value (lower edge 66, upper edge 51)");
    }

    @Test
    void aBandOfAGradesScaleIsLabelledWithOneOfItsGrades() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: AA, above: 90, to: 100}", "{label: AAA, above: 90, to: 100}");

        assertThat(folder.problem()).isEqualTo(copy + ":47: scale 'sakip-permenpanrb-88-2021': band 'AAA' is not one of "
                + "its grades (AA, A, BB, B, CC, C, D)");
    }

    @Test
    void theGradeBandsOfAGradesScaleScoreItsGrades() throws RuleFileException {
        Scale sakip = folder.load().scales().get("sakip-permenpanrb-88-2021");

        assertThat(sakip.grade(new BigDecimal("86.45"))).contains("A");
        assertThat(sakip.grades()).containsExactly("AA", "A", "BB", "B", "CC", "C", "D");
    }

    @Test
    void aPredicateScaleIsABandsScaleNotAGradesScaleWithBands() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "predicate_scale: capaian-permendagri-86-2017",
                "predicate_scale: sakip-permenpanrb-88-2021");

        assertThat(folder.problem()).isEqualTo(copy + ":12: capaian.predicate_scale: no bands scale "
                + "'sakip-permenpanrb-88-2021' in scales.yaml");
    }

    // duplicates

    @Test
    void aHeaderAliasUnderTwoFieldsIsReportedAtTheSecond() throws Exception {
        // "Rencana." reads as the target alias "rencana" (line 34); the new line 45 is under realisasi
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "    - real\n", "    - real\n    - Rencana.\n");

        assertThat(folder.problem()).isEqualTo(copy + ":45: field 'realisasi': alias 'Rencana.' is already an alias of "
                + "field 'target' (as 'rencana')");
    }

    @Test
    void aHeaderAliasTwiceInOneFieldIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "  satuan: [satuan, sat]", "  satuan: [satuan, sat, SAT]");

        assertThat(folder.problem()).isEqualTo(copy + ":31: field 'satuan': alias 'SAT' is listed twice (as 'sat')");
    }

    @Test
    void anIgnoredHeaderThatIsAlsoAFieldAliasIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "  - rumus\n", "  - rumus\n  - \"Capaian (%)\"\n");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "  - \"Capaian (%)\"") + ": ignore: 'Capaian (%)' is "
                + "already an alias of field 'capaian' (as 'capaian %')");
    }

    @Test
    void anIgnoredHeaderListedTwiceIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "  - rumus\n", "  - rumus\n  - lokasi\n");

        assertThat(folder.problem()).isEqualTo(copy + ":" + (UserRuleFolder.lineOf(copy, "  - rumus\n  - lokasi") + 1)
                + ": ignore: 'lokasi' is listed twice");
    }

    @Test
    void aFallbackThatIsAlreadyIgnoredIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "  target: [kondisi akhir]", "  target: [kondisi akhir, keterangan]");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "  target: [kondisi akhir, keterangan]")
                + ": fallback 'target': 'keterangan' is already an alias of ignore");
    }

    @Test
    void anIndicatorAliasOfTwoEntriesIsReportedAtTheSecond() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, "aliases: [angka harapan hidup, usia harapan hidup, umur harapan "
                + "hidup, ahh, uhh]", "aliases: [angka harapan hidup, usia harapan hidup, umur harapan hidup, ahh, uhh, IPM]");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "aliases: [angka harapan hidup") + ": indicator 'Angka Harapan Hidup': alias 'IPM' is already an "
                + "alias of indicator 'Indeks Pembangunan Manusia' (as 'ipm')");
    }

    @Test
    void anIndicatorAliasTwiceInOneEntryIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, "aliases: [angka putus sekolah, angka do]",
                "aliases: [angka putus sekolah, angka do, Angka Putus-Sekolah]");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "aliases: [angka putus sekolah") + ": indicator 'Angka Putus Sekolah': alias 'Angka Putus-Sekolah' "
                + "is listed twice (as 'angka putus sekolah')");
    }

    @Test
    void aKeywordUnderTwoArahIsReportedAtTheSecond() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, "    - persentase penurunan\n",
                "    - persentase penurunan\n    - Gini\n");

        // the naik keywords come first in the file: turun's "gini" is the second occurrence
        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "    - gini\n") + ": keywords.turun: 'gini' is "
                + "already a keyword of naik (as 'Gini')");
    }

    @Test
    void aGradeListedTwiceInAScaleIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "grades: [WTP, WDP, TW, TMP]", "grades: [WTP, WDP, TW, TMP, wtp]");

        assertThat(folder.problem()).isEqualTo(copy + ":58: scale 'opini-bpk': grade 'wtp' is listed twice (as 'WTP')");
    }

    @Test
    void gradesThatDifferByAMarkAreTwoGrades() throws RuleFileException {
        assertThat(folder.load().scales().get("ipp-kemenpanrb").grades()).contains("A", "A-", "B", "B-");
    }

    @Test
    void aScaleDefinedTwiceIsReportedAtTheSecondWithTheLineOfTheFirst() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "  - id: biner",
                "  - id: opini-bpk\n    source: again\n    kind: grades\n    grades: [WTP]\n\n  - id: biner");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "  - id: opini-bpk\n    source: again") + ": scale "
                + "'opini-bpk' is defined twice (first at line " + UserRuleFolder.lineOf(copy, "  - id: opini-bpk") + ")");
    }

    // regular expressions

    @Test
    void aBudgetPatternThatDoesNotCompileIsReportedAtItsLine() throws Exception {
        Path copy = folder.copyWith(RuleLoader.BUDGET, "{pattern: \"^program\\\\b\"", "{pattern: \"^program(\\\\b\"");

        assertThat(folder.problem()).isEqualTo(copy + ":22: pattern '^program(\\b' does not compile: Unclosed group");
    }

    @Test
    void aPatternIsQuotedAsWrittenBracesAndDollarsIncluded() throws Exception {
        Path copy = folder.copyWith(RuleLoader.BUDGET, "{pattern: \"^sub ?kegiatan\\\\b\"",
                "{pattern: \"^sub ?kegiatan{2,1}$\"");

        assertThat(folder.problem()).isEqualTo(copy + ":24: pattern '^sub ?kegiatan{2,1}$' does not compile: "
                + "Illegal repetition range");
    }

    // names that lead nowhere

    @Test
    void anUnknownCategoryInChecksIsReportedAtItsLine() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overun: error");

        assertThat(folder.problem()).isEqualTo(copy + ":43: severity: unknown category 'budget-overun'");
    }

    @Test
    void anUnknownCategoryInAProfileIsReportedAtItsLine() throws Exception {
        Path copy = folder.copyWith("profiles/kab-muara-enim.yaml", "  inverse_formula: ratio\n",
                "  inverse_formula: ratio\nseverity:\n  budget-overun: off\n");

        assertThat(folder.problem()).isEqualTo(copy + ":10: severity: unknown category 'budget-overun'");
    }

    @Test
    void anIndicatorScaleNamingNoScaleIsReported() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, NILAI_SAKIP, NILAI_SAKIP.replace("scale: sakip-permenpanrb-88-2021",
                "scale: sakip"));

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "    scale: sakip\n") + ": indicator 'Nilai SAKIP': "
                + "no scale 'sakip' in scales.yaml");
    }

    @Test
    void anIndicatorScaleNamingAScaleLoads() throws Exception {
        assertThat(folder.load().indicators().entryOf("Nilai SAKIP").flatMap(IndicatorCatalogue.Entry::scale))
                .contains("sakip-permenpanrb-88-2021");
    }

    @Test
    void aProfilePredicateScaleNamingNoScaleIsReported() throws Exception {
        Path copy = folder.copyWith("profiles/kec-semende-darat-tengah.yaml",
                "predicate_scale: capaian-kec-semende-darat-tengah", "predicate_scale: capaian-semende");

        assertThat(folder.problem()).isEqualTo(copy + ":6: capaian.predicate_scale: no bands scale 'capaian-semende' "
                + "in scales.yaml");
    }

    @Test
    void anUnknownInverseFormulaOfAnIndicatorIsReported() throws Exception {
        String gini = "aliases: [indeks gini, gini ratio, rasio gini, ketimpangan pendapatan]\n    arah: turun\n";
        Path copy = folder.copyWith(RuleLoader.INDICATORS, gini, gini + "    inverse_formula: reciprocal\n");
        String text = Files.readString(copy);
        long index = text.substring(text.indexOf("\nindicators:"), text.indexOf(gini)).split("\n  - name: ").length - 2;

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "    inverse_formula: reciprocal") + ": indicators."
                + index + ".inverse_formula: unknown formula 'reciprocal' (regulation, ratio)");
    }

    @Test
    void anUnknownInverseFormulaOfAProfileIsReported() throws Exception {
        Path copy = folder.copyWith("profiles/kab-muara-enim.yaml", "inverse_formula: ratio", "inverse_formula: rasio");

        assertThat(folder.problem()).isEqualTo(copy + ":8: capaian.inverse_formula: unknown formula 'rasio' "
                + "(regulation, ratio)");
    }

    @Test
    void anIndicatorWhoseMinIsAboveItsMaxIsReported() throws Exception {
        String ikm = "    satuan: indeks\n    min: 25\n    max: 100\n";
        Path copy = folder.copyWith(RuleLoader.INDICATORS, ikm, "    satuan: indeks\n    min: 100\n    max: 25\n");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "    min: 100\n    max: 25") + ": indicator 'Indeks Kepuasan Masyarakat': min 100 is above "
                + "max 25");
    }

    @Test
    void aBlankEntryOfASnakeCaseKeyIsReportedAtItsLineByItsYamlName() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "unit_labels: [rp, ", "unit_labels: [\"\", rp, ");

        assertThat(folder.problem()).isEqualTo(copy + ":" + UserRuleFolder.lineOf(copy, "unit_labels:") + ": unit_labels[0].<list element>: "
                + "must not be blank");
    }
}
