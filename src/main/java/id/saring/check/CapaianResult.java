package id.saring.check;

import id.saring.model.Arah;
import id.saring.model.CapaianRecord;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A capaian record with what the checks computed for it.
 *
 * @param capaianHitung the recomputed capaian at two decimals; empty when it cannot be computed
 * @param predikat      the band of {@code capaianHitung} on the configured scale, empty when there is none
 */
public record CapaianResult(CapaianRecord record, Arah arah, Optional<BigDecimal> capaianHitung, String predikat) {
}
