package io.kubesteward.addons;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SourceKind;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which of the repository's declarations manage a found add-on: the same chart (by name, or by the
 * catalogue's chart source), else the same image. A managed add-on's upgrade is the plan's proposal
 * for that declaration.
 */
public final class AddonLinks {
    static final Set<DeclarationKind> CHART_KINDS = java.util.EnumSet.copyOf(java.util.Arrays.stream(DeclarationKind.values())
            .filter(DeclarationKind::chart).toList());

    private AddonLinks() {
    }

    /** The declarations that manage {@code found}, by file then line; empty when it is not managed in the repository. */
    public static List<Declaration> managing(FoundAddon found, List<Declaration> declarations) {
        AddonDefinition d = found.definition();
        List<Declaration> charts = declarations.stream()
                .filter(decl -> CHART_KINDS.contains(decl.kind()))
                .filter(decl -> decl.name().equals(found.chart()) || d.charts().contains(decl.name())
                        || decl.pkg() != null && decl.pkg().equals(d.chartSource()))
                .sorted(ORDER).toList();
        if (!charts.isEmpty()) {
            return charts;
        }
        Recogniser recogniser = new Recogniser(d);
        return declarations.stream()
                .filter(decl -> decl.pkg() != null && SourceKind.DOCKER_IMAGE.equals(decl.pkg().kind()))
                .filter(decl -> recogniser.image(new ImageName(decl.pkg().repository(), decl.pkg().name(), null, null))
                        || decl.pkg().equals(d.imageSource())
                        || found.image() != null && decl.pkg().equals(found.image().packageRef()))
                .sorted(ORDER).toList();
    }

    /** Of the managing declarations, the one deployed here: the one that declares what runs, else the first. */
    public static Declaration deciding(List<Declaration> managing, String running) {
        return managing.stream().filter(decl -> Versions.same(decl.currentValue(), running)).findFirst()
                .orElse(managing.isEmpty() ? null : managing.get(0));
    }

    private static final Comparator<Declaration> ORDER = Comparator.comparing(Declaration::file)
            .thenComparingInt(decl -> decl.span() == null ? 0 : decl.span().line());
}
