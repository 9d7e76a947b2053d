package io.kubesteward.yamledit;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.versioning.SemanticVersion;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A {@code Chart.lock} (or {@code requirements.lock}) brought in line with its edited {@code Chart.yaml} as
 * {@code helm dependency update} would for exact versions: each locked dependency's {@code version}, the
 * {@code digest} ({@link HelmLockDigest}) and {@code generated}, edited in place. {@code generated} is the newest
 * publication date of the releases the proposal moves to, not the clock, so that every run writes the same file and
 * an open pull request is not rewritten for nothing; it stays as it is when no date is known. A lock Steward cannot
 * write as Helm would gives the reason instead.
 */
final class ChartLocks {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The edits to the lock, or why there are none. */
    record Plan(List<ValueEdit> edits, String unwritable) {
    }

    private ChartLocks() {
    }

    static Plan plan(String lockPath, String lockText, String chartPath, String chartText, Instant generated) {
        YamlFile lock = YamlReader.read(lockPath, lockText);
        YamlFile chart = YamlReader.read(chartPath, chartText);
        if (lock.documents().isEmpty() || chart.documents().isEmpty() || !lock.problems().isEmpty()) {
            return refused("it does not parse as one YAML document");
        }
        YamlDocument lockDoc = lock.documents().get(0);
        List<Node> wanted = Nodes.items(Nodes.get(chart.documents().get(0).root(), "dependencies"));
        List<Node> locked = Nodes.items(Nodes.get(lockDoc.root(), "dependencies"));
        if (wanted.size() != locked.size()) {
            return refused("it locks " + locked.size() + (locked.size() == 1 ? " dependency" : " dependencies") + " where " + chartPath
                    + " declares " + wanted.size());
        }
        List<HelmLockDigest.Dependency> requirements = new ArrayList<>();
        List<HelmLockDigest.Dependency> lockedNow = new ArrayList<>();
        List<ValueEdit> edits = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Node want = wanted.get(i);
            Node have = locked.get(i);
            String name = Nodes.text(want, "name");
            String repository = Nodes.text(want, "repository");
            if (name == null || !name.equals(Nodes.text(have, "name"))) {
                return refused("its dependency " + (i + 1) + " is not " + chartPath + "'s " + name + ", in order");
            }
            if (repository != null && (repository.startsWith("@") || repository.startsWith("alias:"))) {
                return refused(name + "'s repository " + repository + " names a repository of Helm's own configuration, whose URL"
                        + " Helm puts in the digest");
            }
            HelmLockDigest.Dependency requirement = requirement(want, name, repository);
            if (requirement == null) {
                return refused(name + "'s entry in " + chartPath + " uses a form Steward does not hash (tags, import-values or"
                        + " enabled written unusually)");
            }
            requirements.add(requirement);
            YamlScalar lockedVersion = lockDoc.scalar(have, "version");
            String version = lockedVersion == null ? null : lockedVersion.value();
            String required = requirement.version();
            if (required != null && !required.equals(version)) {
                if (SemanticVersion.tryParse(required).isEmpty()) {
                    return refused(name + " requires the range " + required + ", which Helm resolves against the repository's index");
                }
                if (lockedVersion == null || lockedVersion.span() == null) {
                    return refused(name + "'s locked version cannot be edited in place");
                }
                edits.add(new ValueEdit(lockPath, lockedVersion.span(), required, "the locked version of " + name + " in " + lockPath));
                version = required;
            }
            lockedNow.add(HelmLockDigest.Dependency.locked(name, version, Nodes.text(have, "repository")));
        }
        YamlScalar digest = lockDoc.scalar(lockDoc.root(), "digest");
        if (digest == null || digest.span() == null) {
            return refused("its digest cannot be edited in place");
        }
        edits.add(new ValueEdit(lockPath, digest.span(), HelmLockDigest.of(requirements, lockedNow), "the digest of " + lockPath));
        YamlScalar when = lockDoc.scalar(lockDoc.root(), "generated");
        if (generated != null && when != null && when.span() != null) {
            edits.add(new ValueEdit(lockPath, when.span(), goTime(generated), "the generation time of " + lockPath));
        }
        return new Plan(edits, null);
    }

    private static Plan refused(String why) {
        return new Plan(List.of(), why);
    }

    private static HelmLockDigest.Dependency requirement(Node dep, String name, String repository) {
        List<String> tags = new ArrayList<>();
        for (Node tag : Nodes.items(Nodes.get(dep, "tags"))) {
            if (!(tag instanceof ScalarNode s) || !isString(s)) {
                return null;
            }
            tags.add(s.getValue());
        }
        String enabled = Nodes.text(dep, "enabled");
        if (enabled != null && !enabled.equals("true") && !enabled.equals("false")) {
            return null;
        }
        List<Object> imports = new ArrayList<>();
        for (Node item : Nodes.items(Nodes.get(dep, "import-values"))) {
            Object value = plain(item);
            if (value == null) {
                return null;
            }
            imports.add(value);
        }
        return new HelmLockDigest.Dependency(name, Nodes.text(dep, "version"), repository, Nodes.text(dep, "condition"), tags,
                "true".equals(enabled), imports, Nodes.text(dep, "alias"));
    }

    /** A string, or a map of strings ({@code {child: …, parent: …}}); null for anything else (Go would hash it otherwise). */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return isString(s) ? s.getValue() : null;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (var tuple : m.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode k) || !(tuple.getValueNode() instanceof ScalarNode v) || !isString(v)) {
                    return null;
                }
                out.put(k.getValue(), v.getValue());
            }
            return out;
        }
        return null;
    }

    /** A scalar YAML reads as a string: quoted, or plain and not a number, boolean or null. */
    private static boolean isString(ScalarNode s) {
        return s.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
                || !s.getValue().matches("(?i)~|null|true|false|yes|no|on|off|[-+]?(\\.?[0-9][0-9_.eE+-]*|0x[0-9a-f]+|\\.inf|\\.nan)|");
    }

    /** As Go's {@code time.Time} marshals in UTC (RFC 3339 with nanoseconds, trailing zeros dropped). */
    static String goTime(Instant t) {
        String fraction = t.getNano() == 0 ? "" : ("." + String.format("%09d", t.getNano())).replaceAll("0+$", "");
        return SECONDS.format(t) + fraction + "Z";
    }
}
