package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.layout.Field;
import id.saring.layout.HeaderVocabulary;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.Category;
import id.saring.model.Severity;
import id.saring.rules.CheckSettings.InverseFormula;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules, a user folder that replaces single files, and broken copies of each rule file: every
 * problem names its file, and its line where the YAML reader knows it.
 */
class RuleLoaderTest {


    /** The arah of Indeks Inflasi, written once in indicators.yaml (other entries are rentang too). */
    private static final String INFLASI_ARAH = "terkendalinya inflasi daerah]\n    arah: rentang";

    @TempDir
    Path user;

    private UserRuleFolder folder;

    @BeforeEach
    void userFolder() {
        folder = new UserRuleFolder(user);
    }

    @Test
    void bundledRulesLoadWithoutProblems() throws RuleFileException {
        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.empty());

        assertThat(rules.scales()).containsKeys("capaian-permendagri-86-2017", "capaian-kec-semende-darat-tengah",
                "capaian-kab-muara-enim", "sakip-permenpanrb-88-2021", "opini-bpk", "biner");
        CheckSettings checks = rules.checks();
        assertThat(checks.inverseFormula()).isEqualTo(InverseFormula.REGULATION);
        assertThat(checks.capaianTolerance()).isEqualByComparingTo("0");
        assertThat(checks.serapanTolerance()).isEqualByComparingTo("0");
        assertThat(checks.sumTolerance()).isEqualByComparingTo("0");
        assertThat(checks.predicateScale().id()).isEqualTo("capaian-permendagri-86-2017");
        assertThat(checks.cappedSeverity()).isEqualTo(Severity.WARNING);
        assertThat(checks.otherFormulaSeverity()).isEqualTo(Severity.WARNING);
        assertThat(checks.severity(Category.AMBIGUOUS_NUMBER)).isEqualTo(Severity.WARNING);
        assertThat(checks.severity(Category.SUM_MISMATCH)).isEqualTo(Severity.ERROR);
        assertThat(rules.indicators().directionOf("Persentase Penduduk Miskin").arah()).isEqualTo(Arah.TURUN);
        assertThat(rules.budget().byCode("7.01.01.2.01").map(BudgetRules.Placement::level))
                .contains(BudgetLevel.KEGIATAN);
        assertThat(List.of("Target", "Realisasi", "Capaian", "Pagu").stream()
                .map(h -> rules.columns().match(h).flatMap(HeaderVocabulary.Match::field).orElseThrow()))
                .containsExactly(Field.TARGET, Field.REALISASI, Field.CAPAIAN, Field.PAGU);
        assertThat(rules.columns().rows().total()).containsExactly("jumlah", "total", "sub total", "subtotal");
    }

    @Test
    void bundledValueRulesNameUnitKindsTheirCeilingAndTheShapeOfAGrade() throws RuleFileException {
        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.empty());

        assertThat(rules.values().kindOf("%")).contains(ValueRules.UnitKind.PERCENT);
        assertThat(rules.values().kindOf("Desa/Kelurahan")).contains(ValueRules.UnitKind.COUNT);
        assertThat(rules.values().kindOf("Kategori")).isEmpty();
        assertThat(rules.values().percentCeiling()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1000"));
        assertThat(rules.values().looksLikeGrade("BBB")).isTrue();
        assertThat(rules.values().looksLikeGrade("Belum ada data")).isFalse();
        assertThat(rules.indicators().isProportion("Persentase Desa Yang tertib Administrasi")).isTrue();
        assertThat(rules.indicators().isProportion("Persentase pertumbuhan ekonomi")).isFalse();
        assertThat(rules.indicators().entryOf("Nilai LPPD").flatMap(IndicatorCatalogue.Entry::max))
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4"));
    }

    @Test
    void aChecksFileWithoutValuesChecksNoUnitsAndNoGradeShapes() throws Exception {
        String text = Files.readString(UserRuleFolder.BUNDLED.resolve(RuleLoader.CHECKS));
        Files.writeString(user.resolve(RuleLoader.CHECKS), text.substring(0, text.indexOf("\n# What a value's form")));

        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.of(user));

        assertThat(rules.values()).isEqualTo(ValueRules.NONE);
    }

    @Test
    void aUnitWordOfTwoKindsNamesTheFileAndTheLine() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "    years: [tahun]", "    years: [tahun, orang]");

        assertThat(folder.problem()).startsWith(copy + ":").contains("'orang' is both count and years");
    }

    @Test
    void aGradeTokenThatDoesNotCompileNamesTheFileAndTheLine() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "grade_token: \"[A-E]{1,3}[+-]?\"", "grade_token: \"[A-E\"");

        assertThat(folder.problem()).startsWith(copy + ":").contains("values.grade_token").contains("does not compile");
    }

    @Test
    void gradeVocabularyHoldsTheGradesOfEveryScale() throws RuleFileException {
        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.empty());

        assertThat(rules.grades().find("wtp")).contains("WTP");
        assertThat(rules.grades().find("BB")).contains("BB");
        assertThat(rules.grades().find("Tidak  Ada")).contains("Tidak Ada");
        assertThat(rules.grades().find("Sangat Inovatif")).contains("Sangat Inovatif");
        assertThat(rules.grades().find("ZZ")).isEmpty();
    }

    @Test
    void userFolderReplacesOnlyTheFilesItHolds() throws Exception {
        folder.copyWith(RuleLoader.CHECKS, "inverse_formula: regulation", "inverse_formula: ratio");

        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.of(user));

        assertThat(rules.checks().inverseFormula()).isEqualTo(InverseFormula.RATIO);
        assertThat(rules.scales()).hasSize(new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.empty()).scales().size());
        assertThat(rules.indicators().directionOf("Angka Kematian Bayi").arah()).isEqualTo(Arah.TURUN);
    }

    @Test
    void emptyUserFolderGivesTheBundledRules() throws Exception {
        RuleSet rules = new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.of(user));

        assertThat(rules.checks().inverseFormula()).isEqualTo(InverseFormula.REGULATION);
        assertThat(rules.checks().capaianTolerance()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void yamlSyntaxErrorNamesTheFileAndTheLine() throws Exception {
        // the new line 3 of checks.yaml is a mapping inside a plain value
        Path copy = folder.copyWith(RuleLoader.CHECKS, "\ncapaian:", "\nx: 1: 2\ncapaian:");

        assertThat(folder.problem()).isEqualTo(copy + ":3: mapping values are not allowed here");
    }

    @Test
    void unknownKeyNamesTheFileTheLineAndTheKey() throws Exception {
        // line 18 of checks.yaml is "  other_formula_severity: warning"
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  other_formula_severity: warning",
                "  other_formula_severty: warning");

        assertThat(folder.problem()).startsWith(copy + ":18: ").contains("other_formula_severty");
    }

    @Test
    void unknownTopLevelKeyNamesTheFileTheLineAndTheKey() throws Exception {
        // line 25 of checks.yaml is "serapan:"
        Path copy = folder.copyWith(RuleLoader.CHECKS, "\nserapan:", "\nserapann:");

        assertThat(folder.problem()).startsWith(copy + ":25: ").contains("serapann");
    }

    @Test
    void unknownKeyInABandNamesTheFileTheLineAndTheKey() throws Exception {
        // line 14 of scales.yaml is the Tinggi band
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Tinggi, from: 76, below: 91}",
                "{label: Tinggi, from: 76, bellow: 91}");

        assertThat(folder.problem()).startsWith(copy + ":14: ").contains("bellow");
    }

    @Test
    void unknownKeyOfAnIndicatorNamesTheFileTheLineAndTheKey() throws Exception {
        // the new key follows the arah of Indeks Inflasi
        Path copy = folder.copyWith(RuleLoader.INDICATORS, INFLASI_ARAH, INFLASI_ARAH + "\n    unit: \"%\"");

        assertThat(folder.problem()).startsWith(copy + ":" + UserRuleFolder.lineStartingWith(copy, "    unit: ") + ": ").contains("unit");
    }

    @Test
    void valueOfTheWrongShapeNamesTheFileAndTheLine() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "inverse_formula: regulation", "inverse_formula: [regulation, ratio]");

        assertThat(folder.problem()).startsWith(copy + ":7: ");
    }

    @Test
    void unknownFieldInColumnsNamesTheFileAndTheField() throws Exception {
        Path copy = folder.copyWith(RuleLoader.COLUMNS, "  satuan: [satuan, sat]", "  unit: [satuan, sat]");

        assertThat(folder.problem()).startsWith(copy + ":").endsWith("unknown field 'unit'");
    }

    @Test
    void unknownArahNamesTheFileAndTheArah() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, INFLASI_ARAH, INFLASI_ARAH.replace("rentang", "band"));

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("unknown arah 'band' (naik, turun, rentang, biner)");
    }

    @Test
    void unknownDefaultArahNamesTheFileAndTheArah() throws Exception {
        Path copy = folder.copyWith(RuleLoader.INDICATORS, "default_arah: naik", "default_arah: up");

        assertThat(folder.problem()).startsWith(copy + ":").endsWith("unknown arah 'up' (naik, turun, rentang, biner)");
    }

    @Test
    void unknownScaleKindNamesTheFileAndTheScale() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "    kind: grades\n    grades: [WTP",
                "    kind: ordinal\n    grades: [WTP");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("scale 'opini-bpk': unknown kind 'ordinal' (bands, grades)");
    }

    @Test
    void bandWithBothFromAndAboveNamesTheFileTheScaleAndTheBand() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Tinggi, from: 76, below: 91}",
                "{label: Tinggi, from: 76, above: 75, below: 91}");

        assertThat(folder.problem()).startsWith(copy + ":").endsWith("scale 'capaian-permendagri-86-2017' band 'Tinggi': "
                + "give one lower edge (from or above) and one upper edge (to or below)");
    }

    @Test
    void bandWithBothToAndBelowIsAProblemToo() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "{label: Cukup, above: 70, to: 80}",
                "{label: Cukup, above: 70, to: 80, below: 81}");

        assertThat(folder.problem()).startsWith(copy + ":")
                .contains("scale 'capaian-kec-semende-darat-tengah' band 'Cukup'");
    }

    @Test
    void bandsScaleWithoutBandsNamesTheFileAndTheScale() throws Exception {
        Path copy = folder.copyWith(RuleLoader.SCALES, "    kind: grades\n    grades: [WTP, WDP, TW, TMP]",
                "    kind: bands\n    grades: [WTP, WDP, TW, TMP]");

        assertThat(folder.problem()).startsWith(copy + ":").endsWith("scale 'opini-bpk': a bands scale needs bands");
    }

    @Test
    void unknownCategoryInChecksNamesTheFileAndTheCategory() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overun: error");

        assertThat(folder.problem()).startsWith(copy + ":").endsWith("unknown category 'budget-overun'");
    }

    @Test
    void unknownSeverityInChecksNamesTheFileAndTheSeverity() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overrun: fatal");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("severity.budget-overrun: unknown severity 'fatal' (error, warning, info, off)");
    }

    @Test
    void unknownCappedSeverityNamesTheFileAndTheSetting() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "capped_severity: warning", "capped_severity: loud");

        assertThat(folder.problem()).startsWith(copy + ":").contains("capped_severity").contains("error, warning or info");
    }

    @Test
    void unknownInverseFormulaNamesTheFileAndTheFormula() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "inverse_formula: regulation", "inverse_formula: reciprocal");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("capaian.inverse_formula: unknown formula 'reciprocal' (regulation, ratio)");
    }

    @Test
    void predicateScaleNamingAMissingScaleNamesTheFileAndTheScale() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "predicate_scale: capaian-permendagri-86-2017",
                "predicate_scale: capaian-permendagri-2017");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("capaian.predicate_scale: no bands scale 'capaian-permendagri-2017' in scales.yaml");
    }

    @Test
    void predicateScaleNamingAGradesScaleIsAProblem() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "predicate_scale: capaian-permendagri-86-2017",
                "predicate_scale: opini-bpk");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("capaian.predicate_scale: no bands scale 'opini-bpk' in scales.yaml");
    }

    @Test
    void budgetPatternThatDoesNotCompileNamesTheFileAndThePattern() throws Exception {
        Path copy = folder.copyWith(RuleLoader.BUDGET, "{pattern: \"^program\\\\b\"", "{pattern: \"^program(\\\\b\"");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("pattern '^program(\\b' does not compile: Unclosed group");
    }

    @Test
    void unknownBudgetLevelNamesTheFileAndTheLevel() throws Exception {
        Path copy = folder.copyWith(RuleLoader.BUDGET, "code_levels: {3: program,", "code_levels: {3: programme,");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("unknown level 'programme' (program, kegiatan, sub_kegiatan, jenis_belanja, total)");
    }

    @Test
    void unknownBudgetSectionNamesTheFileAndTheSection() throws Exception {
        Path copy = folder.copyWith(RuleLoader.BUDGET, "  expenditure: jenis_belanja", "  spending: jenis_belanja");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("unknown section 'spending' (revenue, expenditure, financing, balance)");
    }

    @Test
    void constraintViolationNamesTheFileAndTheProperty() throws Exception {
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  tolerance: 0\n  # The scale", "  tolerance: -1\n  # The scale");

        assertThat(folder.problem()).startsWith(copy + ":")
                .endsWith("capaian.tolerance: must be greater than or equal to 0");
    }

    @Test
    void emptyRuleFileIsReportedAsEmpty() throws Exception {
        Path empty = user.resolve(RuleLoader.INDICATORS);
        Files.writeString(empty, "");

        assertThat(folder.problem()).isEqualTo(empty + ": the file is empty");
    }

    @Test
    void aSyntaxErrorInsideANestedMappingIsReportedWhereItIs() throws Exception {
        // line 43 of checks.yaml is "  budget-overrun: error", inside the mapping "severity:" of line 34
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overrun: error: x");

        assertThat(folder.problem()).isEqualTo(copy + ":43: mapping values are not allowed here");
    }

    @Test
    void aTabUsedForIndentationIsReportedWithTheParsersOwnWords() throws Exception {
        // line 10 of checks.yaml is "  tolerance: 0"
        Path copy = folder.copyWith(RuleLoader.CHECKS, "\n  tolerance: 0\n", "\n\ttolerance: 0\n");

        assertThat(folder.problem()).startsWith(copy + ":10: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void aStrayBracketIsReportedOnItsLine() throws Exception {
        // line 14 of scales.yaml is the band Tinggi of the first scale
        Path copy = folder.copyWith(RuleLoader.SCALES, "      - {label: Tinggi, from: 76, below: 91}",
                "      - {label: Tinggi, from: 76, below: 91} }");

        assertThat(folder.problem()).isEqualTo(copy + ":14: expected <block end>, but found '}'");
    }

    @Test
    void aKeyGivenTwiceIsReportedOnItsSecondLine() throws Exception {
        // budget-overrun is at line 43 of checks.yaml; the copy repeats it at line 45, after sum-mismatch
        Path copy = folder.copyWith(RuleLoader.CHECKS, "  sum-mismatch: error", "  sum-mismatch: error\n  budget-overrun: warning");

        assertThat(folder.problem()).isEqualTo(copy + ":45: Duplicate field 'budget-overrun'");
    }

    @Test
    void documentWithoutContentIsReportedAsEmpty() throws Exception {
        Path empty = user.resolve(RuleLoader.INDICATORS);
        Files.writeString(empty, "---\n");

        assertThat(folder.problem()).isEqualTo(empty + ": the file is empty");
    }

    @Test
    void everyBrokenFileIsReportedAtOnce() throws Exception {
        Path checks = folder.copyWith(RuleLoader.CHECKS, "\ncapaian:", "\nx: 1: 2\ncapaian:");
        Path scales = folder.copyWith(RuleLoader.SCALES, "{label: Tinggi, from: 76, below: 91}",
                "{label: Tinggi, from: 76, bellow: 91}");

        assertThatThrownBy(() -> new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.of(user)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
                        .satisfiesExactlyInAnyOrder(
                                p -> assertThat(p).startsWith(checks + ":3: "),
                                p -> assertThat(p).startsWith(scales + ":14: ")));
    }

    @Test
    void everySemanticProblemOfTheFilesIsReportedAtOnce() throws Exception {
        folder.copyWith(RuleLoader.INDICATORS, INFLASI_ARAH, INFLASI_ARAH.replace("rentang", "band"));
        folder.copyWith(RuleLoader.CHECKS, "  budget-overrun: error", "  budget-overun: error");

        assertThatThrownBy(() -> new RuleLoader().load(UserRuleFolder.BUNDLED, Optional.of(user)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
