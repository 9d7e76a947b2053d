package io.kubesteward.model;

/**
 * Where one Helm values path of a release is written: the block, and whether it sets that path already (then its
 * value is replaced in place, on {@code line}; else the key is added, {@code line} 0); or, {@code refused}, why
 * Steward cannot write it.
 */
public record ValuesTarget(ValuesBlock block, boolean set, int line, String refused) {
    public static ValuesTarget refused(String why) {
        return new ValuesTarget(null, false, 0, why);
    }

    public static ValuesTarget at(ValuesBlock block, int line) {
        return new ValuesTarget(block, true, line, null);
    }

    public static ValuesTarget added(ValuesBlock block) {
        return new ValuesTarget(block, false, 0, null);
    }

    public boolean writable() {
        return refused == null;
    }
}
