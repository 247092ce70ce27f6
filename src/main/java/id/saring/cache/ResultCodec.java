package id.saring.cache;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.layout.ColumnMap;
import id.saring.layout.ColumnMatch;
import id.saring.layout.Field;
import id.saring.layout.TableHeader;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.report.FileResult;
import id.saring.report.InputStatus;
import id.saring.report.RecordSpill;
import id.saring.rules.BudgetRules.Section;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what one input produced ({@link FileResult}) as compact binary and reads it back, field by field. A
 * format of our own rather than Java serialization: reading a cache file runs no constructor but the records'
 * own, so a damaged or planted file under {@code --out} can only fail to read, never run code; and a thousand
 * entries read back in a fraction of a second. Every type is written with a tag or a fixed layout; a value of a
 * type the format does not know is refused when written, so nothing is cached that would not read back equal.
 */
public final class ResultCodec {

    /** Changes whenever the layout below changes: entries of another format are not read. */
    static final int FORMAT = 3;

    /** Each enum's constants, without the copy {@code values()} makes on every call. */
    @SuppressWarnings("rawtypes")
    private static final ClassValue<Enum[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum[] computeValue(Class<?> type) {
            return (Enum[]) type.getEnumConstants();
        }
    };

    /** How a budget line is written to a {@link RecordSpill}. */
    public static final RecordSpill.Codec<BudgetResult> BUDGET = new RecordSpill.Codec<>() {
        @Override
        public void write(DataOutputStream out, BudgetResult record) throws IOException {
            budget(out, record);
        }

        @Override
        public BudgetResult read(DataInputStream in) throws IOException {
            return budget(in);
        }
    };

    /** How a capaian record is written to a {@link RecordSpill}. */
    public static final RecordSpill.Codec<CapaianResult> CAPAIAN = new RecordSpill.Codec<>() {
        @Override
        public void write(DataOutputStream out, CapaianResult record) throws IOException {
            capaian(out, record);
        }

        @Override
        public CapaianResult read(DataInputStream in) throws IOException {
            return capaian(in);
        }
    };

    private ResultCodec() {
    }

    public static void write(DataOutputStream out, FileResult result) throws IOException {
        out.writeInt(FORMAT);
        InputStatus input = result.input();
        text(out, input.file());
        text(out, input.sha256());
        out.writeBoolean(input.readable());
        out.writeInt(input.tables());
        out.writeBoolean(input.formulaLikeText());
        list(out, result.tables(), ResultCodec::table);
        out.writeInt(result.capaian().size());
        for (int i = 0; i < result.capaian().size(); i++) {
            capaian(out, result.capaian().get(i));
            out.writeInt(result.capaianTables().get(i));
        }
        list(out, result.budget(), ResultCodec::budget);
        list(out, result.findings(), ResultCodec::finding);
    }

    /** The result written by {@link #write}, its input now found at {@code path}. */
    public static FileResult read(DataInputStream in, Path path) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("cache entry of another format");
        }
        InputStatus input = new InputStatus(text(in), path, text(in), in.readBoolean(), in.readInt(),
                in.readBoolean());
        List<TableHeader> tables = list(in, ResultCodec::table);
        int count = size(in);
        List<CapaianResult> capaian = new RecordSpill<>(CAPAIAN);
        List<Integer> capaianTables = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            capaian.add(capaian(in));
            capaianTables.add(in.readInt());
        }
        int lines = size(in);
        List<BudgetResult> budget = new RecordSpill<>(BUDGET);
        for (int i = 0; i < lines; i++) {
            budget.add(budget(in));
        }
        return new FileResult(input, tables, capaian, capaianTables, budget, list(in, ResultCodec::finding));
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
        out.writeInt(values.size());
        for (T value : values) {
            writer.write(out, value);
        }
    }

    private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
        int count = size(in);
        List<T> values = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            values.add(reader.read(in));
        }
        return values;
    }

    private static int size(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count " + count);
        }
        return count;
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    /** As many bytes as the count before them says; a count beyond the end of the entry fails. */
    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = size(in);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("cache entry cut short");
        }
        return bytes;
    }

    /**
     * An enum constant by its ordinal, one byte: an entry is only read by the build that wrote it (the cache's
     * fingerprint holds the jar), and spilled records by the run that spilled them.
     */
    private static void constant(DataOutputStream out, Enum<?> constant) throws IOException {
        if (constant.ordinal() > 0xFF) {
            throw new IllegalArgumentException("more constants than a byte holds: " + constant);
        }
        out.writeByte(constant.ordinal());
    }

    private static <E extends Enum<E>> E constant(DataInputStream in, Class<E> type) throws IOException {
        int ordinal = in.readUnsignedByte();
        @SuppressWarnings("unchecked")
        E[] constants = (E[]) CONSTANTS.get(type);
        if (ordinal >= constants.length) {
            throw new IOException("no constant " + ordinal + " of " + type.getSimpleName());
        }
        return constants[ordinal];
    }

    /** A number as its scale and unscaled value: a long when it fits one (every amount in rupiah does), else bytes. */
    private static void number(DataOutputStream out, BigDecimal number) throws IOException {
        BigInteger unscaled = number.unscaledValue();
        out.writeInt(number.scale());
        boolean small = unscaled.bitLength() < Long.SIZE;
        out.writeBoolean(small);
        if (small) {
            out.writeLong(unscaled.longValue());
        } else {
            byte[] bytes = unscaled.toByteArray();
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static BigDecimal number(DataInputStream in) throws IOException {
        int scale = in.readInt();
        if (in.readBoolean()) {
            return BigDecimal.valueOf(in.readLong(), scale);
        }
        byte[] unscaled = bytes(in);
        if (unscaled.length == 0) {
            throw new IOException("a number without digits");
        }
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    private static void optionalNumber(DataOutputStream out, Optional<BigDecimal> number) throws IOException {
        out.writeBoolean(number.isPresent());
        if (number.isPresent()) {
            number(out, number.get());
        }
    }

    private static Optional<BigDecimal> optionalNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(number(in)) : Optional.empty();
    }

    private static void location(DataOutputStream out, Location location) throws IOException {
        text(out, location.file());
        text(out, location.sheet());
        out.writeInt(location.row());
        out.writeInt(location.column());
    }

    private static Location location(DataInputStream in) throws IOException {
        return new Location(text(in), text(in), in.readInt(), in.readInt());
    }

    private static void table(DataOutputStream out, TableHeader table) throws IOException {
        text(out, table.file());
        text(out, table.sheet());
        out.writeInt(table.headerFirstRow());
        out.writeInt(table.headerLastRow());
        text(out, table.title());
        text(out, table.opd());
        text(out, table.tahun());
        ColumnMap columns = table.columns();
        out.writeInt(columns.columns().size());
        for (Map.Entry<Field, List<Integer>> e : columns.columns().entrySet()) {
            constant(out, e.getKey());
            list(out, e.getValue(), DataOutputStream::writeInt);
        }
        list(out, columns.otherValues(), DataOutputStream::writeInt);
        list(out, columns.mapping(), ResultCodec::match);
        text(out, columns.year());
    }

    private static TableHeader table(DataInputStream in) throws IOException {
        String file = text(in);
        String sheet = text(in);
        int first = in.readInt();
        int last = in.readInt();
        String title = text(in);
        String opd = text(in);
        String tahun = text(in);
        Map<Field, List<Integer>> columns = new EnumMap<>(Field.class);
        int fields = size(in);
        for (int i = 0; i < fields; i++) {
            columns.put(constant(in, Field.class), list(in, DataInputStream::readInt));
        }
        ColumnMap map = new ColumnMap(columns, list(in, DataInputStream::readInt), list(in, ResultCodec::match),
                text(in));
        return new TableHeader(file, sheet, first, last, title, opd, tahun, map);
    }

    private static void match(DataOutputStream out, ColumnMatch match) throws IOException {
        out.writeInt(match.column());
        text(out, match.header());
        text(out, match.field().map(Field::name).orElse(""));
        text(out, match.alias());
        out.writeDouble(match.confidence());
        constant(out, match.use());
    }

    private static ColumnMatch match(DataInputStream in) throws IOException {
        int column = in.readInt();
        String header = text(in);
        String field = text(in);
        Optional<Field> named = Optional.empty();
        if (!field.isEmpty()) {
            try {
                named = Optional.of(Field.valueOf(field));
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return new ColumnMatch(column, header, named, text(in), in.readDouble(), constant(in, ColumnMatch.Use.class));
    }

    private static void stated(DataOutputStream out, Stated stated) throws IOException {
        value(out, stated.value());
        text(out, stated.shown());
        out.writeInt(stated.column());
    }

    private static Stated stated(DataInputStream in) throws IOException {
        return new Stated(value(in), text(in), in.readInt());
    }

    private static void value(DataOutputStream out, Value value) throws IOException {
        if (value instanceof Value.Blank b) {
            out.writeByte(0);
            out.writeBoolean(b.dash());
        } else if (value instanceof Value.Quantity q) {
            out.writeByte(1);
            number(out, q.amount());
            out.writeInt(q.decimals());
            constant(out, q.unit());
            constant(out, q.qualifier());
            text(out, q.unitWord());
        } else if (value instanceof Value.Band b) {
            out.writeByte(2);
            number(out, b.low());
            number(out, b.high());
        } else if (value instanceof Value.Grade g) {
            out.writeByte(3);
            text(out, g.label());
            optionalNumber(out, g.score());
        } else if (value instanceof Value.Ambiguous a) {
            out.writeByte(4);
            number(out, a.decimalReading());
            number(out, a.thousandsReading());
        } else if (value instanceof Value.Unreadable u) {
            out.writeByte(5);
            constant(out, u.reason());
        } else {
            throw new IllegalArgumentException("a value of type " + value.getClass());
        }
    }

    private static Value value(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 0 -> new Value.Blank(in.readBoolean());
            case 1 -> new Value.Quantity(number(in), in.readInt(), constant(in, Value.Unit.class),
                    constant(in, Value.Qualifier.class), text(in));
            case 2 -> new Value.Band(number(in), number(in));
            case 3 -> new Value.Grade(text(in), optionalNumber(in));
            case 4 -> new Value.Ambiguous(number(in), number(in));
            case 5 -> new Value.Unreadable(constant(in, Value.Reason.class));
            default -> throw new IOException("unknown value tag");
        };
    }

    private static void capaian(DataOutputStream out, CapaianResult result) throws IOException {
        CapaianRecord r = result.record();
        location(out, r.location());
        text(out, r.opd());
        text(out, r.tahun());
        text(out, r.sasaran());
        text(out, r.indikator());
        text(out, r.satuan());
        stated(out, r.target());
        stated(out, r.realisasi());
        stated(out, r.capaian());
        stated(out, r.predikat());
        list(out, r.otherValues(), ResultCodec::stated);
        constant(out, result.arah());
        optionalNumber(out, result.capaianHitung());
        text(out, result.predikat());
    }

    private static CapaianResult capaian(DataInputStream in) throws IOException {
        CapaianRecord record = new CapaianRecord(location(in), text(in), text(in), text(in), text(in), text(in),
                stated(in), stated(in), stated(in), stated(in), list(in, ResultCodec::stated));
        return new CapaianResult(record, constant(in, Arah.class), optionalNumber(in), text(in));
    }

    private static void budget(DataOutputStream out, BudgetResult result) throws IOException {
        BudgetLine l = result.line();
        location(out, l.location());
        text(out, l.opd());
        text(out, l.tahun());
        constant(out, l.columnLevel());
        text(out, l.kode());
        text(out, l.uraian());
        out.writeBoolean(l.total());
        stated(out, l.pagu());
        stated(out, l.realisasi());
        stated(out, l.serapan());
        list(out, l.otherValues(), ResultCodec::stated);
        constant(out, result.level());
        text(out, result.section().map(Section::name).orElse(""));
        optionalNumber(out, result.serapanHitung());
    }

    private static BudgetResult budget(DataInputStream in) throws IOException {
        BudgetLine line = new BudgetLine(location(in), text(in), text(in), constant(in, BudgetLevel.class), text(in),
                text(in), in.readBoolean(), stated(in), stated(in), stated(in), list(in, ResultCodec::stated));
        BudgetLevel level = constant(in, BudgetLevel.class);
        String section = text(in);
        Optional<Section> placed = Optional.empty();
        if (!section.isEmpty()) {
            try {
                placed = Optional.of(Section.valueOf(section));
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return new BudgetResult(line, level, placed, optionalNumber(in));
    }

    private static void finding(DataOutputStream out, Finding finding) throws IOException {
        location(out, finding.location());
        constant(out, finding.category());
        text(out, finding.rule());
        constant(out, finding.severity());
        message(out, finding.message());
        text(out, finding.value());
        text(out, finding.expected());
    }

    private static Finding finding(DataInputStream in) throws IOException {
        return new Finding(location(in), constant(in, Category.class), text(in), constant(in, Severity.class),
                message(in), text(in), text(in));
    }

    private static void message(DataOutputStream out, Message message) throws IOException {
        text(out, message.key());
        out.writeInt(message.args().size());
        for (Object arg : message.args()) {
            if (arg instanceof String text) {
                out.writeByte(0);
                text(out, text);
            } else if (arg instanceof BigDecimal number) {
                out.writeByte(1);
                number(out, number);
            } else if (arg instanceof Integer number) {
                out.writeByte(2);
                out.writeInt(number);
            } else if (arg instanceof Long number) {
                out.writeByte(3);
                out.writeLong(number);
            } else if (arg instanceof Message nested) {
                out.writeByte(4);
                message(out, nested);
            } else {
                throw new IllegalArgumentException("a message argument of type " + arg.getClass());
            }
        }
    }

    private static Message message(DataInputStream in) throws IOException {
        String key = text(in);
        int count = size(in);
        List<Object> args = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            args.add(switch (in.readByte()) {
                case 0 -> text(in);
                case 1 -> number(in);
                case 2 -> in.readInt();
                case 3 -> in.readLong();
                case 4 -> message(in);
                default -> throw new IOException("unknown argument tag");
            });
        }
        return new Message(key, args);
    }
}
