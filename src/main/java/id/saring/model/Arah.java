package id.saring.model;

import java.util.Locale;
import java.util.Optional;

/** The direction of an indicator: which way is better. */
public enum Arah {
    /** Higher is better: capaian = realisasi / target × 100. */
    NAIK,
    /** Lower is better (poverty, unemployment, mortality): an inverse formula applies. */
    TURUN,
    /** A band target such as {@code 3 ± 1}. */
    RENTANG,
    /** Yes or no: {@code Ada/Tidak Ada}, an opinion obtained or not. */
    BINER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Arah> fromCode(String code) {
        for (Arah a : values()) {
            if (a.code().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
