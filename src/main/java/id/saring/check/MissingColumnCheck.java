package id.saring.check;

import id.saring.layout.ColumnMatch;
import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A table without a column that its other columns need to be checked ({@code missing-column}): a capaian without
 * the target or realisasi it is computed from, a realisasi without a target, a budget absorption without pagu or
 * realisasi anggaran, a realisasi anggaran without a pagu. A Perjanjian Kinerja states targets only and needs
 * nothing more. Reported once per table, on the header's last row; on the header cell of the column that stands
 * alone when there is one.
 */
final class MissingColumnCheck {

    /** Columns of one part of a table (performance or budget) that are there and that are missing. */
    private record Gap(List<Field> present, List<Field> missing, String consequence) {
    }

    private final Findings findings;

    MissingColumnCheck(Findings findings) {
        this.findings = findings;
    }

    Optional<Finding> check(TableHeader header) {
        List<Gap> gaps = new ArrayList<>();
        gap(header, List.of(Field.TARGET, Field.REALISASI, Field.CAPAIAN), "column.missing.capaian").ifPresent(gaps::add);
        gap(header, List.of(Field.PAGU, Field.REALISASI_ANGGARAN, Field.SERAPAN),
                header.columns().has(Field.SERAPAN) ? "column.missing.serapan" : "column.missing.pagu").ifPresent(gaps::add);
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        List<Field> present = gaps.stream().flatMap(g -> g.present().stream()).toList();
        int column = present.size() == 1 ? header.columns().column(present.get(0)).orElse(-1) : -1;
        Location at = new Location(header.file(), header.sheet(), header.headerLastRow(), column);
        List<Message> sentences = gaps.stream().map(g -> Message.of("column.missing",
                list(g.present().stream().map(f -> named(header, f)).toList()),
                list(g.missing().stream().map(MissingColumnCheck::fieldName).toList()),
                Message.of(g.consequence()))).toList();
        Message message = sentences.size() == 1 ? sentences.get(0)
                : Message.of("sentences", sentences.get(0), sentences.get(1));
        String expected = gaps.stream().flatMap(g -> g.missing().stream()).map(Field::code)
                .collect(Collectors.joining(", "));
        return Optional.of(findings.of(Category.MISSING_COLUMN, "table.missing-column", at, message,
                column < 0 ? "" : headerText(header, column), expected));
    }

    /**
     * The gap of one part: with a computed column (the last of {@code measures}) both columns it is computed from
     * are needed; with the second alone, the first (a realisasi needs its target, realisasi anggaran its pagu).
     */
    private static Optional<Gap> gap(TableHeader header, List<Field> measures, String consequence) {
        Field base = measures.get(0);
        Field actual = measures.get(1);
        Field computed = measures.get(2);
        List<Field> present = measures.stream().filter(header.columns()::has).toList();
        List<Field> missing;
        if (header.columns().has(computed)) {
            missing = List.of(base, actual).stream().filter(f -> !header.columns().has(f)).toList();
        } else if (header.columns().has(actual) && !header.columns().has(base)) {
            missing = List.of(base);
        } else {
            missing = List.of();
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new Gap(present, missing, consequence));
    }

    /** {@code realisasi (kolom Capaian 2023)}: the field and the header it was read from. */
    private static Message named(TableHeader header, Field field) {
        int column = header.columns().column(field).orElse(-1);
        return Message.of("column.named", fieldName(field), headerText(header, column));
    }

    private static Message fieldName(Field field) {
        return Message.of("field." + field.code().toLowerCase(Locale.ROOT));
    }

    private static String headerText(TableHeader header, int column) {
        return header.columns().mapping().stream().filter(m -> m.column() == column).map(ColumnMatch::header)
                .findFirst().orElse("");
    }

    /** One item, or two joined with "and" (a part has three measure columns: never more than two of a kind). */
    private static Message list(List<Message> items) {
        return items.size() == 1 ? items.get(0) : Message.of("list.and", items.get(0), items.get(1));
    }
}
