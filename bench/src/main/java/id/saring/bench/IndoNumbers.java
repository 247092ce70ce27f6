package id.saring.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written as Indonesian agencies type them: {@code 3.489.328.596}, {@code 91,19}, {@code Rp 3.489.328.596,-},
 * {@code Rp. 2.716.508.396,00}; and the English form ({@code 1,234,567.00}) that creeps into their tables when a
 * figure is pasted from another system (seed 000 l.3120).
 */
final class IndoNumbers {

    /** The ways the seeds write a rupiah amount as text. */
    enum Rupiah {
        /** {@code 1.737.188.558} (003 l.584). */
        PLAIN,
        /** {@code Rp 3.489.328.596,-}: {@code ,-} for no cents (001 l.607). */
        RP_NO_CENTS,
        /** {@code Rp. 2.716.508.396,00} (001 l.609). */
        RP_CENTS,
        /** {@code 1.447.589.573,00}: cents without the currency (000 l.2940). */
        CENTS
    }

    private IndoNumbers() {
    }

    /** {@code value} rounded half-up to {@code decimals}, with Indonesian marks: {@code 91,19}, {@code 1.234,5}. */
    static String decimal(BigDecimal value, int decimals) {
        return write(value, decimals, '.', ',');
    }

    /** The same figure the English way: {@code 1,234.56}. */
    static String english(BigDecimal value, int decimals) {
        return write(value, decimals, ',', '.');
    }

    static String rupiah(long amount, Rupiah style) {
        String grouped = decimal(BigDecimal.valueOf(amount), 0);
        return switch (style) {
            case PLAIN -> grouped;
            case RP_NO_CENTS -> "Rp " + grouped + ",-";
            case RP_CENTS -> "Rp. " + grouped + ",00";
            case CENTS -> grouped + ",00";
        };
    }

    private static String write(BigDecimal value, int decimals, char group, char mark) {
        String plain = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(mark).append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }
}
