package io.kubesteward.versioning;

import io.kubesteward.model.UpdateType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.version.InvalidVersionSpecificationException;
import org.eclipse.aether.version.Version;
import org.eclipse.aether.version.VersionConstraint;

/**
 * Maven versions as Maven Resolver orders them ({@link GenericVersionScheme}) and Maven's range
 * syntax: {@code [1.0,2.0)}, {@code (,1.0]}, {@code [1.5]}, and unions such as
 * {@code [1.0,2.0),[3.0,)}.
 *
 * <p>The resolver's quirks are kept, since they are what Maven does: {@code 1.2.3 = 1.2.3.0 =
 * 1.2.3.Final = 1.2.3-ga}; a leading {@code v} sorts below every number; {@code 1.2.3-1} and
 * {@code 1.2.3+build} sort above {@code 1.2.3}; unknown qualifiers ({@code -jre}, {@code -ea},
 * {@code -preview}) sort above the bare release; and {@code [1.0,2.0)} admits {@code 2.0.0-M1}.
 * Stability therefore never comes from the order, only from the qualifiers.
 */
public final class MavenVersioning implements VersionScheme {

    public static final String ID = "maven";

    private static final GenericVersionScheme SCHEME = new GenericVersionScheme();

    private static final Comparator<String> LOWEST_FIRST = Comparator.comparing(MavenVersioning::parse);

    @Override
    public String id() {
        return ID;
    }

    /**
     * A single version: letters, digits and {@code . - _ +}, neither starting nor ending with a dot or
     * hyphen (Renovate's rule), and not the meta-versions {@code LATEST} or {@code RELEASE}. Ranges,
     * {@code ^1.2} or {@code 1.0,2.0} are not versions here, although the resolver would parse them
     * as one.
     */
    @Override
    public boolean isValid(String version) {
        return MavenVersionText.isVersion(version);
    }

    /** Valid and free of alpha, beta, milestone, rc, cr, preview, ea and snapshot qualifiers. */
    @Override
    public boolean isStable(String version) {
        return isValid(version) && !MavenVersionText.hasPreReleaseQualifier(version);
    }

    /** True for valid range syntax, {@code [1.5]} included: it reads as a range, though it admits one version. */
    @Override
    public boolean isConstraint(String text) {
        return isRangeSyntax(text) && rangeConstraint(text) != null;
    }

    /** A valid range, or a single version (which only that version satisfies). */
    @Override
    public boolean isValidConstraint(String constraint) {
        return isValid(constraint) || isConstraint(constraint);
    }

    /**
     * False for an invalid {@code version}; an invalid {@code constraint} is the caller's error and
     * throws {@link IllegalArgumentException}. A single version as constraint is satisfied by equal
     * versions only ({@code 1.5} and {@code 1.5.0} are equal).
     */
    @Override
    public boolean satisfies(String version, String constraint) {
        if (constraint != null && isValid(constraint.trim())) {
            return isValid(version) && parse(version).compareTo(parse(constraint.trim())) == 0;
        }
        VersionConstraint range = isRangeSyntax(constraint) ? rangeConstraint(constraint) : null;
        if (range == null) {
            throw new IllegalArgumentException("'" + constraint + "' is not a Maven version or range"
                    + " (such as [1.0,2.0), (,1.0], [1.5] or [1.0,2.0),[3.0,))");
        }
        return isValid(version) && range.containsVersion(parse(version));
    }

    /** The resolver's order, lowest first. Throws {@link IllegalArgumentException} for an invalid version. */
    @Override
    public Comparator<String> comparator() {
        return LOWEST_FIRST;
    }

    /**
     * By the first three numbers (a missing one counts as 0; a leading {@code v} is skipped): MAJOR when
     * the first differs, MINOR when the second does, else PATCH (a qualifier change such as
     * {@code 1.2.3-rc1} to {@code 1.2.3} too). A version that does not start with a number is a MAJOR
     * step, since nothing says how far it goes.
     */
    @Override
    public UpdateType updateType(String from, String to) {
        List<Long> older = MavenVersionText.leadingNumbers(from);
        List<Long> newer = MavenVersionText.leadingNumbers(to);
        if (older.isEmpty() || newer.isEmpty() || !older.get(0).equals(newer.get(0))) {
            return UpdateType.MAJOR;
        }
        return older.get(1).equals(newer.get(1)) ? UpdateType.PATCH : UpdateType.MINOR;
    }

    private static Version parse(String version) {
        if (!MavenVersionText.isVersion(version)) {
            throw new IllegalArgumentException("'" + version + "' is not a Maven version");
        }
        try {
            return SCHEME.parseVersion(version);
        } catch (InvalidVersionSpecificationException e) {
            throw new IllegalArgumentException("'" + version + "' is not a Maven version: " + e.getMessage(), e);
        }
    }

    private static boolean isRangeSyntax(String text) {
        String t = text == null ? "" : text.trim();
        return t.startsWith("[") || t.startsWith("(");
    }

    /** The parsed range, or null when the resolver rejects it (such as the unbounded {@code [1.0,}). */
    private static VersionConstraint rangeConstraint(String text) {
        try {
            VersionConstraint parsed = SCHEME.parseVersionConstraint(text.trim());
            return parsed.getRange() == null ? null : parsed;
        } catch (InvalidVersionSpecificationException | RuntimeException e) {
            return null;
        }
    }
}
