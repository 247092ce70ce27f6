package id.saring.model;

import java.util.List;

/**
 * One performance-indicator row of a table, as stated, before any check.
 *
 * @param otherValues values of numeric columns that belong to other years or targets; kept so that
 *                    damaged numbers there are reported too
 */
public record CapaianRecord(Location location, String opd, String tahun, String sasaran, String indikator,
        String satuan, Stated target, Stated realisasi, Stated capaian, Stated predikat, List<Stated> otherValues) {

    public CapaianRecord {
        otherValues = List.copyOf(otherValues);
    }
}
