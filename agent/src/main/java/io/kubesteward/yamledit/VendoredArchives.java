package io.kubesteward.yamledit;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.planning.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency archives a chart vendors in its {@code charts/} folder ({@code charts/<chart>-<version>.tgz}, as
 * {@code helm dependency update} leaves them) that an upgrade of that dependency replaces: the archive of the
 * current version goes, the new version's comes.
 */
public final class VendoredArchives {
    /** {@code removed} is replaced by {@code added}, the archive of {@code update}'s release. */
    public record Swap(String removed, String added, Update update) {
    }

    private VendoredArchives() {
    }

    /** @param archives the repository's vendored archives by path */
    public static List<Swap> plan(List<String> archives, List<Update> updates) {
        List<Swap> out = new ArrayList<>();
        for (Update u : updates) {
            Declaration d = u.declaration();
            if (d.kind() != DeclarationKind.CHART_DEPENDENCY || d.currentValue() == null || u.release() == null) {
                continue;
            }
            String folder = RepoPaths.folder(d.file());
            String charts = (folder.isEmpty() ? "" : folder + "/") + "charts/";
            String chart = d.pkg() != null ? d.pkg().name() : d.name();
            String current = charts + chart + "-" + d.currentValue().trim() + ".tgz";
            String next = u.release().version();
            if (archives.contains(current) && !next.contains("/") && !next.contains("\\") && !next.contains("..")) {
                out.add(new Swap(current, charts + chart + "-" + next + ".tgz", u)); // a version never names another folder
            }
        }
        return out;
    }
}
