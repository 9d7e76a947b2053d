package io.kubesteward.rightsizing;

import java.math.BigDecimal;

/**
 * Every constant of RIGHTSIZING.md as a named setting, with its default. The key is how
 * {@code rules/} files write it ({@code decreaseRatio}); as an annotation on a namespace or workload
 * it is {@code steward.io/rightsizing-decrease-ratio}.
 */
public enum Setting {
    ENABLED("enabled", Type.BOOLEAN, "true", "propose rightsizing for this scope at all"),
    MIN_HISTORY_FOR_INCREASES("minHistoryForIncreases", Type.DURATION, "1d",
            "VPA history (checkpoint confidence) before anything but the OOM rule acts"),
    MIN_HISTORY_FOR_DECREASES("minHistoryForDecreases", Type.DURATION, "7d", "VPA history before any value goes down"),
    POD_TEMPLATE_STABLE_FOR_DECREASES("podTemplateStableForDecreases", Type.DURATION, "72h",
            "decreases wait until the pod template has not changed for this long"),
    CPU_THROTTLED_RATIO("cpuThrottledRatio", Type.RATIO, "0.9",
            "U at or above this share of the CPU limit means demand is censored by throttling: no CPU decrease"),
    GUARANTEED_MEMORY_PEAK_MARGIN("guaranteedMemoryPeakMargin", Type.MARGIN, "1.15", "memory with request = limit: request = max(T, this × PeakEst)"),
    BURSTABLE_MEMORY_LIMIT_PEAK_MARGIN("burstableMemoryLimitPeakMargin", Type.MARGIN, "1.25",
            "memory with a limit above the request: limit = max(request, this × PeakEst)"),
    OOM_LOOKBACK("oomLookback", Type.DURATION, "14d", "OOM kills this recent freeze memory decreases"),
    OOM_LIMIT_RAISE_WITHIN("oomLimitRaiseWithin", Type.DURATION, "7d", "an OOM kill this recent raises a memory limit"),
    OOM_LIMIT_RAISE_RATIO("oomLimitRaiseRatio", Type.MARGIN, "1.2", "OOM raise: limit = max(proposed, this × current limit, ...)"),
    OOM_LIMIT_MIN_RAISE("oomLimitMinRaise", Type.MEMORY, "100Mi", "OOM raise: limit = max(..., current limit + this)"),
    OOM_NO_LIMIT_PEAK_MARGIN("oomNoLimitPeakMargin", Type.MARGIN, "1.15",
            "OOM kill without a memory limit: request = max(T, this × PeakEst)"),
    OOM_MAX_RAISES("oomMaxRaises", Type.COUNT, "2", "after this many OOM-driven raises within oomLookback, stop raising"),
    CPU_ROUNDING("cpuRounding", Type.CPU_STEPS, "5m below 100m, 10m below 1, 50m", "CPU values round up to these steps"),
    MEMORY_ROUNDING("memoryRounding", Type.MEMORY_STEPS, "8Mi below 256Mi, 16Mi below 1Gi, 64Mi below 8Gi, 256Mi",
            "memory values round up to these steps"),
    CPU_FLOOR("cpuFloor", Type.CPU, "10m", "no CPU request below this"),
    MEMORY_FLOOR("memoryFloor", Type.MEMORY, "32Mi", "no memory request below this"),
    LARGEST_NODE_SHARE("largestNodeShare", Type.RATIO, "0.75", "no request above this share of the largest node's allocatable"),
    VPA_POD_MINIMUM_CPU("vpaPodMinimumCpu", Type.CPU, "25m", "the recommender's per-pod CPU minimum (--pod-recommendation-min-cpu-millicores)"),
    VPA_POD_MINIMUM_MEMORY("vpaPodMinimumMemory", Type.MEMORY, "250Mi",
            "the recommender's per-pod memory minimum (--pod-recommendation-min-memory-mb)"),
    POD_FLOOR_PEAK_RATIO("podFloorPeakRatio", Type.RATIO, "0.5",
            "a target at the VPA's per-pod minimum is not raised to when the peak is below this share of the current request"),
    INCREASE_RATIO("increaseRatio", Type.RATIO, "0.1", "an increase of at least this share of the current value acts"),
    INCREASE_MINIMUM_CPU("increaseMinimumCpu", Type.CPU, "10m", "smallest CPU increase worth a change"),
    INCREASE_MINIMUM_MEMORY("increaseMinimumMemory", Type.MEMORY, "16Mi", "smallest memory increase worth a change"),
    DECREASE_RATIO("decreaseRatio", Type.RATIO, "0.2", "a decrease of at least this share of the current value acts"),
    DECREASE_MINIMUM_CPU("decreaseMinimumCpu", Type.CPU, "25m", "smallest CPU decrease worth a change"),
    DECREASE_MINIMUM_MEMORY("decreaseMinimumMemory", Type.MEMORY, "32Mi", "smallest memory decrease worth a change"),
    STEP_DOWN_FLOOR("stepDownFloor", Type.RATIO, "0.5", "one pull request never cuts a value below this share of its current value"),
    DECREASE_COOLDOWN("decreaseCooldown", Type.DURATION, "7d", "no decrease within this long of the merge that last changed the container"),
    MINIMUM_MONTHLY_SAVING("minimumMonthlySaving", Type.MONEY, "10",
            "without an increase, a pull request opens only when it saves at least this much a month"),
    HOURS_PER_MONTH("hoursPerMonth", Type.MONEY, "730", "hours in a month, for prices per hour"),
    PROPOSE_VPA("proposeVpa", Type.BOOLEAN, "false",
            "propose a VerticalPodAutoscaler file (updateMode Off) for workloads that have none, so they get recommendations");

    /** How a setting's text is read. */
    public enum Type {
        BOOLEAN, DURATION, RATIO, MARGIN, COUNT, MONEY, CPU, MEMORY, CPU_STEPS, MEMORY_STEPS
    }

    private static final String ANNOTATION_PREFIX = "steward.io/rightsizing-";

    private final String key;
    private final Type type;
    private final String defaultText;
    private final String description;

    Setting(String key, Type type, String defaultText, String description) {
        this.key = key;
        this.type = type;
        this.defaultText = defaultText;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    /** {@code steward.io/rightsizing-decrease-ratio} for {@code decreaseRatio}. */
    public String annotation() {
        return ANNOTATION_PREFIX + key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isAnnotation(String name) {
        return name != null && name.startsWith(ANNOTATION_PREFIX);
    }

    public static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    public static Setting byAnnotation(String annotation) {
        for (Setting s : values()) {
            if (s.annotation().equals(annotation)) {
                return s;
            }
        }
        return null;
    }

    /** The smallest and largest value a RATIO or MARGIN may take. */
    BigDecimal[] bounds() {
        return switch (type) {
            case RATIO -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
            case MARGIN -> new BigDecimal[] {BigDecimal.ONE, BigDecimal.TEN};
            default -> new BigDecimal[] {BigDecimal.ZERO, null};
        };
    }
}
