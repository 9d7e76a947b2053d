package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rightsizing policy's settings: RIGHTSIZING.md's constants by {@link Setting}, starting from
 * its defaults and overridden by rules files (keys) and annotations
 * ({@code steward.io/rightsizing-*}). Immutable; every {@code with} returns a new one.
 */
public record RightsizingSettings(Map<Setting, SettingValue> values) {
    private static final RightsizingSettings DEFAULTS = defaultsFromSettings();

    public RightsizingSettings {
        EnumMap<Setting, SettingValue> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        if (copy.size() != Setting.values().length) {
            throw new IllegalArgumentException("every setting needs a value; missing "
                    + Arrays.stream(Setting.values()).filter(s -> !copy.containsKey(s)).map(Setting::key).toList());
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** RIGHTSIZING.md as written. */
    public static RightsizingSettings defaults() {
        return DEFAULTS;
    }

    private static RightsizingSettings defaultsFromSettings() {
        Map<Setting, SettingValue> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            values.put(s, SettingValue.parse(s, s.defaultText()));
        }
        return new RightsizingSettings(values);
    }

    /**
     * These settings with {@code settings} (key → text, as in a rules file's {@code settings:}) laid
     * over them. {@code origin} names where they came from for messages.
     *
     * @throws InvalidSettings naming every unknown key and unreadable value
     */
    public RightsizingSettings with(Map<String, String> settings, String origin) {
        Map<Setting, SettingValue> next = new EnumMap<>(values);
        List<SettingProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
            Setting s = Setting.byKey(e.getKey());
            if (s == null) {
                problems.add(new SettingProblem(origin, e.getKey(), e.getValue(), "unknown rightsizing setting; known: "
                        + Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", "))));
                continue;
            }
            put(next, s, e.getKey(), e.getValue(), origin, problems);
        }
        return done(next, problems);
    }

    /**
     * These settings with the {@code steward.io/rightsizing-*} annotations of a namespace or workload
     * laid over them; other annotations are ignored.
     *
     * @throws InvalidSettings naming every unknown {@code steward.io/rightsizing-*} key and unreadable value
     */
    public RightsizingSettings withAnnotations(Map<String, String> annotations, String origin) {
        Map<Setting, SettingValue> next = new EnumMap<>(values);
        List<SettingProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(annotations).entrySet()) {
            if (!Setting.isAnnotation(e.getKey())) {
                continue;
            }
            Setting s = Setting.byAnnotation(e.getKey());
            if (s == null) {
                problems.add(new SettingProblem(origin, e.getKey(), e.getValue(), "unknown rightsizing annotation; known: "
                        + Arrays.stream(Setting.values()).map(Setting::annotation).collect(Collectors.joining(", "))));
                continue;
            }
            put(next, s, e.getKey(), e.getValue(), origin, problems);
        }
        return done(next, problems);
    }

    private static void put(Map<Setting, SettingValue> next, Setting s, String key, String text, String origin,
                            List<SettingProblem> problems) {
        try {
            next.put(s, SettingValue.parse(s, text));
        } catch (IllegalArgumentException e) {
            problems.add(new SettingProblem(origin, key, text, e.getMessage()));
        }
    }

    private static RightsizingSettings done(Map<Setting, SettingValue> next, List<SettingProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        return new RightsizingSettings(next);
    }

    /** The setting as written, e.g. {@code 7d}, for explanations. */
    public String text(Setting s) {
        return values.get(s).text();
    }

    public boolean flag(Setting s) {
        return (Boolean) typed(s, Setting.Type.BOOLEAN);
    }

    public Duration duration(Setting s) {
        return (Duration) typed(s, Setting.Type.DURATION);
    }

    public BigDecimal decimal(Setting s) {
        return (BigDecimal) values.get(s).value();
    }

    public int count(Setting s) {
        return (Integer) typed(s, Setting.Type.COUNT);
    }

    public Quantity quantity(Setting s) {
        return (Quantity) values.get(s).value();
    }

    /** The cpu or memory flavour of a pair of settings. */
    public Quantity quantity(Resource r, Setting cpu, Setting memory) {
        return quantity(r == Resource.CPU ? cpu : memory);
    }

    public RoundingSteps rounding(Resource r) {
        return (RoundingSteps) values.get(r == Resource.CPU ? Setting.CPU_ROUNDING : Setting.MEMORY_ROUNDING).value();
    }

    private Object typed(Setting s, Setting.Type type) {
        if (s.type() != type) {
            throw new IllegalArgumentException(s.key() + " is a " + s.type() + " setting, not " + type);
        }
        return values.get(s).value();
    }
}
