package io.kubesteward.yamledit;

import static io.kubesteward.yamledit.ValueEditTest.applied;
import static io.kubesteward.yamledit.ValueEditTest.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor with Steward's own extractors confirming: an image tag with its digest, and a values-file tag that needs quotes. */
class StandardExtractorsTest {
    private static final String DIGEST = "sha256:" + "c".repeat(64);

    private static Declaration at(EditFixtures repo, String file, String value) {
        List<Declaration> found = repo.scan().declarations().stream()
                .filter(d -> d.file().equals(file) && value.equals(d.currentValue())).toList();
        assertEquals(1, found.size(), () -> "declarations reading " + value + " in " + file + ": " + repo.scan().declarations());
        return found.get(0);
    }

    @Test
    void aManifestImageAndAValuesTagAreEditedAndConfirmed() {
        EditFixtures scanned = EditFixtures.load("standard");
        EditFixtures repo = new EditFixtures(scanned.files(), io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(scanned.files()));
        Update nginx = new Update(at(repo, "apps/web/deployment.yaml", "1.25.3"), "1.27.1", UpdateType.MINOR,
                Release.of("1.27.1"), DIGEST);
        Update web = new Update(at(repo, "charts/web/values.yaml", "1.9"), "1.10", UpdateType.MINOR, Release.of("1.10"));

        EditResult.Applied result = applied(ProposalEditor.standard().edit(repo.files(), repo.scan(), List.of(nginx, web)));

        assertEquals(repo.content("apps/web/deployment.yaml").replace("nginx:1.25.3@sha256:" + "a".repeat(64), "nginx:1.27.1@" + DIGEST),
                changed(result, "apps/web/deployment.yaml"));
        assertEquals(repo.content("charts/web/values.yaml").replace("tag: 1.9 #", "tag: \"1.10\" #"), changed(result, "charts/web/values.yaml"));
        assertEquals(List.of(new BumpedChart("charts/web/Chart.yaml", "web", "0.4.0", "0.4.1")), result.bumpedCharts());
        assertEquals(1, result.notes().size(), result.notes().toString());
    }
}
