package id.saring.report;

import id.saring.check.CapaianResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capaian of one agency's indicators, as recomputed from their targets and realisasi.
 *
 * @param opd        the agency as its records name it; empty when they name none
 * @param indicators how many capaian records the agency has
 * @param computed   how many of them have a recomputed capaian
 * @param mean       the mean recomputed capaian at two decimals, empty when none could be recomputed
 */
record AgencyCapaian(String opd, int indicators, int computed, Optional<BigDecimal> mean) {

    /** One entry per agency named by {@code results}, in alphabetical order of the agency, case ignored. */
    static List<AgencyCapaian> of(List<CapaianResult> results) {
        Map<String, List<CapaianResult>> byAgency = new LinkedHashMap<>();
        for (CapaianResult r : results) {
            byAgency.computeIfAbsent(r.record().opd(), k -> new ArrayList<>()).add(r);
        }
        List<AgencyCapaian> agencies = new ArrayList<>();
        byAgency.forEach((opd, records) -> {
            List<BigDecimal> figures = records.stream().flatMap(r -> r.capaianHitung().stream()).toList();
            Optional<BigDecimal> mean = figures.isEmpty() ? Optional.empty()
                    : Optional.of(figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP));
            agencies.add(new AgencyCapaian(opd, records.size(), figures.size(), mean));
        });
        agencies.sort(Comparator.comparing(AgencyCapaian::opd, String.CASE_INSENSITIVE_ORDER));
        return agencies;
    }
}
