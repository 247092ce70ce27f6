package id.saring.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The shape of each rule file, as Jackson reads it; constraints are checked with Bean Validation. */
final class RuleFiles {

    private RuleFiles() {
    }

    @DistinctAliases
    record ColumnsFile(
            @NotEmpty Map<String, @NotEmpty List<@NotBlank String>> fields,
            List<@NotBlank String> ignore,
            Map<String, @NotEmpty List<@NotBlank String>> fallback,
            @JsonProperty("unit_labels") List<@NotBlank String> unitLabels,
            @NotNull @Valid Rows rows,
            @NotNull @Valid Titles titles) {
    }

    record Rows(
            @NotEmpty List<@NotBlank String> total,
            @JsonProperty("grand_total") List<@NotBlank String> grandTotal,
            @NotEmpty List<@NotBlank String> average,
            List<@NotBlank String> heading,
            List<@NotBlank String> caption,
            List<@NotBlank String> end) {
    }

    record Titles(
            @NotEmpty List<@NotBlank String> agency,
            @JsonProperty("agency_labels") List<@NotBlank String> agencyLabels) {
    }

    @DistinctAliases
    record IndicatorsFile(
            @JsonProperty("default_arah") @NotBlank String defaultArah,
            Map<String, @NotNull List<@NotBlank String>> keywords,
            @Valid Proportions proportions,
            @NotNull List<@NotNull @Valid Indicator> indicators) {
    }

    record Proportions(@NotEmpty List<@NotBlank String> words, List<@NotBlank String> except) {
    }

    record Indicator(
            @NotBlank String name,
            @NotEmpty List<@NotBlank String> aliases,
            @NotBlank String arah,
            String satuan,
            BigDecimal min,
            BigDecimal max,
            @JsonProperty("inverse_formula") String inverseFormula,
            String scale) {
    }

    record ScalesFile(@NotEmpty List<@NotNull @Valid Scale> scales) {
    }

    /**
     * A scale: {@code bands} for a {@code bands} scale, {@code grades} (and optionally bands that score them) for
     * a {@code grades} scale.
     */
    @ContiguousBands
    @GradedBands
    @DistinctGrades
    record Scale(
            @NotBlank String id,
            @NotBlank String source,
            @NotBlank String kind,
            List<@NotNull @Valid Band> bands,
            List<@NotBlank String> grades) {
    }

    record Band(@NotBlank String label, BigDecimal from, BigDecimal above, BigDecimal to, BigDecimal below) {
    }

    record ChecksFile(
            @NotNull @Valid Capaian capaian,
            @NotNull @Valid Tolerance serapan,
            @NotNull @Valid Tolerance sum,
            @NotEmpty Map<String, @NotBlank String> severity,
            @Valid Values values) {
    }

    /** Units and grade-like text, for the unit-mismatch and unknown-grade checks. */
    record Values(
            Map<String, @NotNull List<@NotBlank String>> units,
            @JsonProperty("percent_ceiling") @Positive BigDecimal percentCeiling,
            @JsonProperty("grade_token") String gradeToken) {
    }

    record Capaian(
            @JsonProperty("inverse_formula") @NotBlank String inverseFormula,
            @NotNull @PositiveOrZero BigDecimal tolerance,
            @JsonProperty("predicate_scale") @NotBlank String predicateScale,
            @Positive BigDecimal cap,
            @JsonProperty("capped_severity") @NotBlank String cappedSeverity,
            @JsonProperty("other_formula_severity") @NotBlank String otherFormulaSeverity) {
    }

    record Tolerance(@NotNull @PositiveOrZero BigDecimal tolerance) {
    }

    /** A region's overrides of {@code checks.yaml}, in {@code profiles/NAME.yaml}. */
    record ProfileFile(
            @NotBlank String description,
            @Valid ProfileCapaian capaian,
            Map<String, @NotBlank String> severity) {
    }

    record ProfileCapaian(
            @JsonProperty("inverse_formula") String inverseFormula,
            @PositiveOrZero BigDecimal tolerance,
            @JsonProperty("predicate_scale") String predicateScale,
            @Positive BigDecimal cap) {
    }

    /** A folder's {@code saring.yaml}: the profile of the files in it and below it. */
    record FolderFile(String profile, String opd) {
    }

    record BudgetFile(
            @JsonProperty("code_levels") Map<Integer, String> codeLevels,
            @NotEmpty List<@NotNull @Valid Line> lines,
            @JsonProperty("child_level") Map<String, String> childLevel,
            @JsonProperty("detail_level") Map<String, String> detailLevel) {
    }

    record Line(@NotBlank @Regex String pattern, @Positive int rank, String section, String level, Boolean net) {
    }
}
