package id.saring.layout;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a table column holds, named as in {@code rules/columns.yaml}. */
public enum Field {
    NO,
    KODE,
    SASARAN,
    INDIKATOR,
    SATUAN,
    TARGET,
    REALISASI,
    CAPAIAN,
    PREDIKAT,
    URAIAN,
    PROGRAM,
    KEGIATAN,
    SUB_KEGIATAN,
    PAGU,
    REALISASI_ANGGARAN,
    SERAPAN;

    /** Fields whose cells are read as values (numbers, grades, bands) rather than as labels. */
    public static final Set<Field> VALUES = EnumSet.of(TARGET, REALISASI, CAPAIAN, PREDIKAT, PAGU,
            REALISASI_ANGGARAN, SERAPAN);
    /** The measures a performance (capaian) table is made of. */
    public static final Set<Field> CAPAIAN_MEASURES = EnumSet.of(TARGET, REALISASI, CAPAIAN);
    /** The measures a budget table is made of. */
    public static final Set<Field> BUDGET_MEASURES = EnumSet.of(PAGU, REALISASI_ANGGARAN, SERAPAN);
    /** Fields that name what a row is about. */
    public static final Set<Field> LABELS = EnumSet.of(SASARAN, INDIKATOR, URAIAN, PROGRAM, KEGIATAN, SUB_KEGIATAN);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isValue() {
        return VALUES.contains(this);
    }

    public boolean isMeasure() {
        return CAPAIAN_MEASURES.contains(this) || BUDGET_MEASURES.contains(this);
    }

    public static Optional<Field> fromCode(String code) {
        for (Field f : values()) {
            if (f.code().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
