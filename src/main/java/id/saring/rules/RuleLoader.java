package id.saring.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.saring.layout.Field;
import id.saring.layout.HeaderVocabulary;
import id.saring.layout.Words;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.Category;
import id.saring.model.Severity;
import id.saring.value.GradeVocabulary;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads the rule files. Each file is taken from the user's folder when it has one, else from the bundled
 * {@code rules/}; every problem found in any file is reported, with its file and line where known, before
 * anything runs. What one file must hold is checked with Bean Validation on {@link RuleFiles} (its shape, and
 * {@link ContiguousBands}, {@link GradedBands}, {@link DistinctGrades}, {@link DistinctAliases}, {@link Regex});
 * what spans files (a scale, category or formula that a file names) is checked here.
 */
public final class RuleLoader {

    public static final String COLUMNS = "columns.yaml";
    public static final String INDICATORS = "indicators.yaml";
    public static final String SCALES = "scales.yaml";
    public static final String CHECKS = "checks.yaml";
    public static final String BUDGET = "budget.yaml";
    public static final String PROFILES = "profiles";

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']+)'");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Loads the bundled rules, with single files replaced by those in {@code user} where present. */
    public RuleSet load(Path bundled, Optional<Path> user) throws RuleFileException {
        List<String> problems = new ArrayList<>();
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Reader reader = new Reader(bundled, user, validator, problems);
            RuleFiles.ColumnsFile columns = reader.read(COLUMNS, RuleFiles.ColumnsFile.class);
            RuleFiles.IndicatorsFile indicators = reader.read(INDICATORS, RuleFiles.IndicatorsFile.class);
            RuleFiles.ScalesFile scales = reader.read(SCALES, RuleFiles.ScalesFile.class);
            RuleFiles.ChecksFile checks = reader.read(CHECKS, RuleFiles.ChecksFile.class);
            RuleFiles.BudgetFile budget = reader.read(BUDGET, RuleFiles.BudgetFile.class);
            HeaderVocabulary vocabulary = columns == null ? null : columns(columns, reader);
            IndicatorCatalogue catalogue = indicators == null ? null : indicators(indicators, reader);
            Map<String, Scale> scaleById = scales == null ? null : scales(scales, reader);
            if (indicators != null && scaleById != null) {
                indicatorScales(indicators, scaleById, reader);
            }
            CheckSettings settings = checks == null || scaleById == null ? null : checks(checks, scaleById, reader);
            BudgetRules budgetRules = budget == null ? null : budget(budget, reader);
            ValueRules valueRules = checks == null ? null : values(checks.values(), reader);
            Map<String, RuleSet.Profile> profiles = new LinkedHashMap<>();
            for (String name : profileNames(bundled, user)) {
                String file = PROFILES + "/" + name + ".yaml";
                RuleFiles.ProfileFile profile = reader.read(file, RuleFiles.ProfileFile.class);
                if (profile != null && settings != null) {
                    profiles.put(name, new RuleSet.Profile(name, profile.description(),
                            profile(file, profile, settings, scaleById, reader)));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleFileException(problems);
            }
            Set<String> labels = new LinkedHashSet<>();
            scaleById.values().forEach(s -> labels.addAll(s.grades()));
            return new RuleSet(vocabulary, new GradeVocabulary(labels), catalogue, scaleById, settings, budgetRules,
                    java.util.Collections.unmodifiableMap(profiles), "", valueRules);
        }
    }

    /**
     * What a folder's {@code saring.yaml} says of the files in it and below it: their region's profile and their
     * agency, each when given.
     *
     * @throws RuleFileException when the file cannot be read, names neither, or names an unknown profile
     */
    public FolderRules folderRules(Path saringYaml, Set<String> known) throws RuleFileException {
        List<String> problems = new ArrayList<>();
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Reader reader = new Reader(saringYaml.getParent(), Optional.empty(), factory.getValidator(), problems);
            String name = saringYaml.getFileName().toString();
            RuleFiles.FolderFile file = reader.read(name, RuleFiles.FolderFile.class);
            Optional<String> profile = Optional.ofNullable(file).map(RuleFiles.FolderFile::profile)
                    .filter(p -> !p.isBlank()).map(String::strip);
            Optional<String> opd = Optional.ofNullable(file).map(RuleFiles.FolderFile::opd)
                    .filter(o -> !o.isBlank()).map(String::strip);
            if (problems.isEmpty() && profile.isPresent() && !known.contains(profile.get())) {
                reader.problem(name, "profile", "profile: unknown profile '" + profile.get() + "' (known: "
                        + String.join(", ", known) + ")");
            }
            if (problems.isEmpty() && profile.isEmpty() && opd.isEmpty()) {
                reader.problem(name, "profile", "profile, opd: name a profile, an agency or both");
            }
            if (!problems.isEmpty()) {
                throw new RuleFileException(problems);
            }
            return new FolderRules(profile, opd);
        }
    }

    /** The names of the profiles in {@code profiles/} of the bundled rules and of the user's folder. */
    private static Set<String> profileNames(Path bundled, Optional<Path> user) {
        Set<String> names = new java.util.TreeSet<>();
        for (Path folder : user.isPresent() ? List.of(bundled, user.get()) : List.of(bundled)) {
            Path profiles = folder.resolve(PROFILES);
            if (!Files.isDirectory(profiles)) {
                continue;
            }
            try (var files = Files.list(profiles)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                        .forEach(f -> names.add(f.substring(0, f.length() - ".yaml".length())));
            } catch (IOException e) {
                // an unreadable folder holds no profile; a profile it was asked for is reported as unknown
            }
        }
        return names;
    }

    /** Reads one file from the user's folder or the bundled one, collecting problems instead of stopping. */
    private final class Reader {
        private final Path bundled;
        private final Optional<Path> user;
        private final Validator validator;
        private final List<String> problems;
        private final java.util.Map<String, YamlLines> lines = new java.util.HashMap<>();

        Reader(Path bundled, Optional<Path> user, Validator validator, List<String> problems) {
            this.bundled = bundled;
            this.user = user;
            this.validator = validator;
            this.problems = problems;
        }

        Path path(String file) {
            return user.map(u -> u.resolve(file)).filter(Files::isRegularFile).orElse(bundled.resolve(file));
        }

        /** Reports a problem at the line of {@code keyPath} ({@code capaian.tolerance}, {@code lines.4.pattern}). */
        void problem(String file, String keyPath, String message) {
            problems.add(at(path(file), line(file, keyPath)) + " " + message);
        }

        /** The line of {@code keyPath} in {@code file}, 0 when unknown. */
        int line(String file, String keyPath) {
            return lines.computeIfAbsent(file, f -> YamlLines.of(path(f))).lineOf(keyPath);
        }

        <T> T read(String file, Class<T> type) {
            Path path = path(file);
            T value;
            try {
                if (Files.readString(path, StandardCharsets.UTF_8).isBlank()) {
                    problems.add(path + ": the file is empty");
                    return null;
                }
                value = yaml.readValue(path.toFile(), type);
            } catch (JsonProcessingException e) {
                Optional<MarkedYAMLException> syntax = syntaxError(e);
                if (syntax.isPresent()) {
                    Mark mark = syntax.get().getProblemMark();
                    problems.add(at(path, mark == null ? lineOf(e) : mark.getLine() + 1) + " "
                            + syntax.get().getProblem());
                    return null;
                }
                int line = e instanceof JsonMappingException mapping ? keyLine(file, path, mapping) : 0;
                line = line > 0 ? line : lineOf(e);
                String message = e instanceof UnrecognizedPropertyException u
                        ? "unknown key '" + u.getPropertyName() + "' (known: " + known(u) + ")"
                        : firstLine(e.getOriginalMessage());
                Matcher duplicate = DUPLICATE_KEY.matcher(message);
                if (duplicate.find()) {
                    line = secondKeyLine(path, duplicate.group(1), line);
                }
                problems.add(at(path, line) + " " + message);
                return null;
            } catch (IOException e) {
                problems.add(path + ": " + e.getMessage());
                return null;
            }
            if (value == null) {
                problems.add(path + ": the file is empty");
                return null;
            }
            boolean incomplete = false;
            for (ConstraintViolation<T> v : validator.validate(value)) {
                // the YAML keys of the rule files are snake_case: unit_labels, not unitLabels
                String at = Pattern.compile("(?<=[a-z])[A-Z]").matcher(v.getPropertyPath().toString())
                        .replaceAll(m -> "_" + m.group().toLowerCase(Locale.ROOT));
                // saring's own constraints (ContiguousBands, DistinctAliases, ...) write whole messages
                boolean own = v.getConstraintDescriptor().getAnnotation().annotationType().getPackage()
                        == RuleLoader.class.getPackage();
                problem(file, at, own ? v.getMessage() : at + ": " + v.getMessage());
                incomplete |= !own;
            }
            // a file missing a value it needs (a scale's kind, a band, a pattern) is read no further: settings
            // built from it would trip over the gap
            return incomplete ? null : value;
        }

        /** The line of the key a mapping problem (a value of the wrong shape, an unknown key) is about. */
        private int keyLine(String file, Path path, JsonMappingException e) {
            String keyPath = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            return lines.computeIfAbsent(file, f -> YamlLines.of(path)).lineOf(keyPath);
        }
    }

    /** The YAML syntax error behind an exception: its problem and where it is, not the context around it. */
    private static Optional<MarkedYAMLException> syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    private static String known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? ""
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String at(Path file, int line) {
        return file + (line > 0 ? ":" + line + ":" : ":");
    }

    /**
     * Jackson places a duplicate key at the start of its mapping: the duplicate is the key's second occurrence
     * from there on.
     */
    private static int secondKeyLine(Path file, String key, int from) {
        try {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            Pattern keyLine = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(key) + "\\s*:");
            int seen = 0;
            for (int i = Math.max(0, from - 1); i < text.size(); i++) {
                if (keyLine.matcher(text.get(i)).find() && ++seen == 2) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // keep the mapping's line
        }
        return from;
    }

    /** The line of the token the parser stood on (a duplicate key), else of the exception's location. */
    private static int lineOf(JsonProcessingException e) {
        JsonLocation at = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : null;
        if (at == null || at.getLineNr() < 1) {
            at = e.getLocation();
        }
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static HeaderVocabulary columns(RuleFiles.ColumnsFile file, Reader reader) {
        Map<Field, List<String>> aliases = new LinkedHashMap<>();
        file.fields().forEach((code, list) -> {
            Optional<Field> field = Field.fromCode(code);
            if (field.isEmpty()) {
                reader.problem(COLUMNS, "fields." + code, "fields: unknown field '" + code + "'");
            } else {
                aliases.put(field.get(), list);
            }
        });
        Map<Field, List<String>> fallback = new LinkedHashMap<>();
        (file.fallback() == null ? Map.<String, List<String>>of() : file.fallback()).forEach((code, list) -> {
            Optional<Field> field = Field.fromCode(code);
            if (field.isEmpty()) {
                reader.problem(COLUMNS, "fallback." + code, "fallback: unknown field '" + code + "'");
            } else {
                fallback.put(field.get(), list);
            }
        });
        RuleFiles.Rows rows = file.rows();
        return new HeaderVocabulary(aliases, orEmpty(file.ignore()), fallback, orEmpty(file.unitLabels()),
                new HeaderVocabulary.RowWords(rows.total(), orEmpty(rows.grandTotal()), rows.average(),
                        orEmpty(rows.heading()), orEmpty(rows.caption()), orEmpty(rows.end())),
                file.titles().agency(), orEmpty(file.titles().agencyLabels()));
    }

    private static IndicatorCatalogue indicators(RuleFiles.IndicatorsFile file, Reader reader) {
        Arah defaultArah = arah(file.defaultArah(), "default_arah", reader);
        Map<Arah, List<String>> keywords = new EnumMap<>(Arah.class);
        if (file.keywords() != null) {
            file.keywords().forEach((code, words) -> {
                Arah a = arah(code, "keywords." + code, reader);
                if (a != null) {
                    keywords.put(a, words);
                }
            });
        }
        List<IndicatorCatalogue.Entry> entries = new ArrayList<>();
        for (int i = 0; i < file.indicators().size(); i++) {
            RuleFiles.Indicator ind = file.indicators().get(i);
            String at = "indicators." + i;
            Arah a = arah(ind.arah(), at + ".arah", reader);
            Optional<CheckSettings.InverseFormula> formula = Optional.ofNullable(ind.inverseFormula())
                    .flatMap(f -> inverseFormula(f, INDICATORS, at + ".inverse_formula", reader));
            if (ind.min() != null && ind.max() != null && ind.min().compareTo(ind.max()) > 0) {
                reader.problem(INDICATORS, at + ".min", "indicator '" + ind.name() + "': min " + ind.min()
                        + " is above max " + ind.max());
            }
            entries.add(new IndicatorCatalogue.Entry(ind.name(), ind.aliases(), a,
                    ind.satuan() == null ? "" : ind.satuan(), opt(ind.min()), opt(ind.max()), formula,
                    Optional.ofNullable(ind.scale())));
        }
        IndicatorCatalogue.Proportions proportions = file.proportions() == null
                ? IndicatorCatalogue.Proportions.NONE
                : new IndicatorCatalogue.Proportions(file.proportions().words(), orEmpty(file.proportions().except()));
        return new IndicatorCatalogue(entries, keywords, defaultArah, proportions);
    }

    /** Each indicator's {@code scale} names a scale of scales.yaml. */
    private static void indicatorScales(RuleFiles.IndicatorsFile file, Map<String, Scale> scales, Reader reader) {
        for (int i = 0; i < file.indicators().size(); i++) {
            RuleFiles.Indicator ind = file.indicators().get(i);
            if (ind.scale() != null && !scales.containsKey(ind.scale())) {
                reader.problem(INDICATORS, "indicators." + i + ".scale", "indicator '" + ind.name() + "': no scale '"
                        + ind.scale() + "' in scales.yaml");
            }
        }
    }

    private static Optional<CheckSettings.InverseFormula> inverseFormula(String code, String file, String path,
            Reader reader) {
        try {
            return Optional.of(CheckSettings.InverseFormula.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            reader.problem(file, path, path + ": unknown formula '" + code + "' (regulation, ratio)");
            return Optional.empty();
        }
    }

    private static Arah arah(String code, String path, Reader reader) {
        Optional<Arah> a = Arah.fromCode(code);
        if (a.isEmpty()) {
            reader.problem(INDICATORS, path, "unknown arah '" + code + "' (naik, turun, rentang, biner)");
            return null;
        }
        return a.get();
    }

    private static Map<String, Scale> scales(RuleFiles.ScalesFile file, Reader reader) {
        Map<String, Scale> byId = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new java.util.HashMap<>();
        for (int i = 0; i < file.scales().size(); i++) {
            RuleFiles.Scale s = file.scales().get(i);
            String at = "scales." + i;
            if (firstAt.containsKey(s.id())) {
                reader.problem(SCALES, at + ".id", "scale '" + s.id() + "' is defined twice (first at line "
                        + reader.line(SCALES, "scales." + firstAt.get(s.id()) + ".id") + ")");
            } else {
                firstAt.put(s.id(), i);
            }
            switch (s.kind()) {
                case "bands" -> {
                    if (s.bands() == null || s.bands().isEmpty()) {
                        reader.problem(SCALES, at, "scale '" + s.id() + "': a bands scale needs bands");
                    }
                }
                case "grades" -> {
                    if (s.grades() == null || s.grades().isEmpty()) {
                        reader.problem(SCALES, at, "scale '" + s.id() + "': a grades scale needs grades");
                    }
                }
                default -> reader.problem(SCALES, at + ".kind", "scale '" + s.id() + "': unknown kind '" + s.kind()
                        + "' (bands, grades)");
            }
            // a grades scale's bands score its grades (SAKIP A above 80 to 90); their labels are checked by GradedBands
            List<Scale.Band> bands = new ArrayList<>();
            List<RuleFiles.Band> written = orEmpty(s.bands());
            for (int b = 0; b < written.size(); b++) {
                RuleFiles.Band band = written.get(b);
                if (band.from() != null && band.above() != null || band.to() != null && band.below() != null) {
                    reader.problem(SCALES, at + ".bands." + b, "scale '" + s.id() + "' band '" + band.label()
                            + "': give one lower edge (from or above) and one upper edge (to or below)");
                }
                bands.add(new Scale.Band(band.label(), opt(band.from()), opt(band.above()), opt(band.to()),
                        opt(band.below())));
            }
            byId.putIfAbsent(s.id(), new Scale(s.id(), s.source(), bands, orEmpty(s.grades())));
        }
        return byId;
    }

    private static CheckSettings checks(RuleFiles.ChecksFile file, Map<String, Scale> scales, Reader reader) {
        RuleFiles.Capaian c = file.capaian();
        CheckSettings.InverseFormula formula = inverseFormula(c.inverseFormula(), CHECKS, "capaian.inverse_formula",
                reader).orElse(CheckSettings.InverseFormula.REGULATION);
        Scale predicateScale = predicateScale(c.predicateScale(), scales, CHECKS, reader);
        Map<Category, Severity> severities = new EnumMap<>(Category.class);
        Set<Category> off = java.util.EnumSet.noneOf(Category.class);
        boolean allKnown = severities(file.severity(), CHECKS, severities, off, reader);
        for (Category category : Category.values()) {
            if (allKnown && !severities.containsKey(category) && !off.contains(category)) {
                reader.problem(CHECKS, "severity", "severity: no severity for '" + category.code()
                        + "' (error, warning, info or off)");
            }
        }
        Optional<Severity> capped = severity(c.cappedSeverity());
        Optional<Severity> otherFormula = severity(c.otherFormulaSeverity());
        if (capped.isEmpty()) {
            reader.problem(CHECKS, "capaian.capped_severity", "capaian.capped_severity: error, warning or info");
        }
        if (otherFormula.isEmpty()) {
            reader.problem(CHECKS, "capaian.other_formula_severity",
                    "capaian.other_formula_severity: error, warning or info");
        }
        return new CheckSettings(formula, c.tolerance(), predicateScale, opt(c.cap()), capped.orElse(Severity.WARNING),
                otherFormula.orElse(Severity.WARNING), file.serapan().tolerance(), file.sum().tolerance(),
                Map.copyOf(severities), Set.copyOf(off));
    }

    /** The {@code values} section of checks.yaml; without one, no unit words and no grade shape. */
    private static ValueRules values(RuleFiles.Values file, Reader reader) {
        if (file == null) {
            return ValueRules.NONE;
        }
        Map<ValueRules.UnitKind, List<String>> units = new EnumMap<>(ValueRules.UnitKind.class);
        Map<String, String> kindOfWord = new HashMap<>();
        if (file.units() != null) {
            file.units().forEach((code, words) -> {
                Optional<ValueRules.UnitKind> kind = Arrays.stream(ValueRules.UnitKind.values())
                        .filter(k -> k.name().equalsIgnoreCase(code)).findFirst();
                if (kind.isEmpty()) {
                    reader.problem(CHECKS, "values.units." + code, "values.units: unknown kind '" + code
                            + "' (percent, money, count, years, index)");
                    return;
                }
                if (words == null) {
                    return; // reported by the file's constraints
                }
                for (String word : words) {
                    String other = kindOfWord.putIfAbsent(Words.normalise(word), code);
                    if (other != null && !other.equals(code)) {
                        reader.problem(CHECKS, "values.units." + code, "values.units: '" + word + "' is both "
                                + other + " and " + code);
                    }
                }
                units.put(kind.get(), words);
            });
        }
        Optional<Pattern> token = Optional.empty();
        if (file.gradeToken() != null) {
            try {
                token = Optional.of(Pattern.compile(file.gradeToken()));
            } catch (PatternSyntaxException e) {
                reader.problem(CHECKS, "values.grade_token", "values.grade_token: '" + file.gradeToken()
                        + "' does not compile: " + e.getDescription());
            }
        }
        return new ValueRules(units, opt(file.percentCeiling()), token);
    }

    /** The bands scale {@code id}, or null (and a problem) when scales.yaml has none. */
    private static Scale predicateScale(String id, Map<String, Scale> scales, String file, Reader reader) {
        Scale scale = scales.get(id);
        // a grades scale may carry bands that score its grades (SAKIP); they never give a capaian's predikat
        if (scale == null || scale.bands().isEmpty() || !scale.grades().isEmpty()) {
            reader.problem(file, "capaian.predicate_scale", "capaian.predicate_scale: no bands scale '" + id
                    + "' in scales.yaml");
            return null;
        }
        return scale;
    }

    /**
     * Reads a {@code severity} map: a severity per category, or {@code off} for a check that does not run.
     *
     * @return true when every entry named a known category and severity
     */
    private static boolean severities(Map<String, String> codes, String file, Map<Category, Severity> severities,
            Set<Category> off, Reader reader) {
        boolean allKnown = true;
        for (Map.Entry<String, String> e : codes.entrySet()) {
            String category = e.getKey();
            String severity = e.getValue();
            Optional<Category> cat = Category.fromCode(category);
            Optional<Severity> sev = severity(severity);
            if (cat.isEmpty()) {
                reader.problem(file, "severity." + category, "severity: unknown category '" + category + "'");
                allKnown = false;
            } else if (severity.equals("off")) {
                off.add(cat.get());
            } else if (sev.isEmpty()) {
                reader.problem(file, "severity." + category, "severity." + category + ": unknown severity '"
                        + severity + "' (error, warning, info, off)");
                allKnown = false;
            } else {
                severities.put(cat.get(), sev.get());
            }
        }
        return allKnown;
    }

    /** A region's profile: the bundled settings with the profile's overrides. */
    private static CheckSettings profile(String file, RuleFiles.ProfileFile profile, CheckSettings base,
            Map<String, Scale> scales, Reader reader) {
        CheckSettings settings = base;
        RuleFiles.ProfileCapaian c = profile.capaian();
        if (c != null) {
            if (c.inverseFormula() != null) {
                settings = settings.withInverseFormula(inverseFormula(c.inverseFormula(), file,
                        "capaian.inverse_formula", reader).orElse(base.inverseFormula()));
            }
            if (c.tolerance() != null) {
                settings = settings.withCapaianTolerance(c.tolerance());
            }
            if (c.predicateScale() != null) {
                Scale scale = predicateScale(c.predicateScale(), scales, file, reader);
                settings = settings.withPredicateScale(scale == null ? base.predicateScale() : scale);
            }
            if (c.cap() != null) {
                settings = settings.withCap(Optional.of(c.cap()));
            }
        }
        if (profile.severity() != null) {
            Map<Category, Severity> changed = new EnumMap<>(Category.class);
            Set<Category> off = java.util.EnumSet.noneOf(Category.class);
            severities(profile.severity(), file, changed, off, reader);
            settings = settings.withSeverities(changed, off);
        }
        return settings;
    }

    private static Optional<Severity> severity(String code) {
        try {
            return Optional.of(Severity.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BudgetRules budget(RuleFiles.BudgetFile file, Reader reader) {
        Map<Integer, BudgetLevel> codeLevels = new LinkedHashMap<>();
        if (file.codeLevels() != null) {
            file.codeLevels().forEach((segments, level) ->
                    codeLevels.put(segments, level(level, "code_levels." + segments, reader)));
        }
        List<BudgetRules.LinePattern> lines = new ArrayList<>();
        for (int i = 0; i < file.lines().size(); i++) {
            RuleFiles.Line l = file.lines().get(i);
            String at = "lines." + i;
            Optional<BudgetRules.Section> section = l.section() == null ? Optional.empty()
                    : section(l.section(), at + ".section", reader);
            BudgetLevel level = l.level() == null ? BudgetLevel.UNKNOWN : level(l.level(), at + ".level", reader);
            try {
                lines.add(new BudgetRules.LinePattern(Pattern.compile(l.pattern()),
                        new BudgetRules.Placement(l.rank(), level, section, Boolean.TRUE.equals(l.net()))));
            } catch (PatternSyntaxException e) {
                // reported by the pattern's @Regex constraint
            }
        }
        Map<BudgetRules.Section, BudgetLevel> detail = new EnumMap<>(BudgetRules.Section.class);
        if (file.detailLevel() != null) {
            file.detailLevel().forEach((s, level) -> section(s, "detail_level." + s, reader)
                    .ifPresent(sec -> detail.put(sec, level(level, "detail_level." + s, reader))));
        }
        Map<BudgetLevel, BudgetLevel> children = new EnumMap<>(BudgetLevel.class);
        if (file.childLevel() != null) {
            file.childLevel().forEach((parent, child) -> children.put(level(parent, "child_level." + parent, reader),
                    level(child, "child_level." + parent, reader)));
        }
        return new BudgetRules(codeLevels, lines, children, detail);
    }

    private static BudgetLevel level(String code, String path, Reader reader) {
        for (BudgetLevel l : BudgetLevel.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        reader.problem(BUDGET, path, "unknown level '" + code
                + "' (program, kegiatan, sub_kegiatan, jenis_belanja, total)");
        return BudgetLevel.UNKNOWN;
    }

    private static Optional<BudgetRules.Section> section(String code, String path, Reader reader) {
        try {
            return Optional.of(BudgetRules.Section.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            reader.problem(BUDGET, path, "unknown section '" + code + "' (revenue, expenditure, financing, balance)");
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Optional<BigDecimal> opt(BigDecimal value) {
        return Optional.ofNullable(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
