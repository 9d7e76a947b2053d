package io.kubesteward.declarations.helmfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import io.kubesteward.yamledit.EditResult;
import io.kubesteward.yamledit.ProposalEditor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Images in the inline values of helmfile releases (found on the cloudposse/helmfiles corpus: a raw chart's Deployment). */
class HelmfileInlineValuesImagesTest {
    private static final String HELMFILE = "helmfile.yaml";
    private final ScannedRepo repo = ScannedRepo.scan("helmfile-inline-values");

    private List<Declaration> images() {
        return repo.declarations().stream().filter(d -> d.kind() == DeclarationKind.HELM_VALUES_IMAGE).toList();
    }

    @Test
    void anImageInARawChartsResourcesIsDeclaredAtItsTag() {
        Declaration echo = repo.only(HELMFILE, "gcr.io/google_containers/echoserver");
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, echo.kind());
        repo.assertVersion(echo, "1.10");
        repo.assertPackage(echo, new PackageRef(SourceKind.DOCKER_IMAGE, "gcr.io", "google_containers/echoserver"));
    }

    @Test
    void anUpdateOfSuchAnImageIsEditedInTheHelmfileAndConfirmed() {
        Declaration echo = repo.only(HELMFILE, "gcr.io/google_containers/echoserver");
        EditResult result = ProposalEditor.standard().edit(repo.files(), List.of(new Update(echo, "1.11", UpdateType.MINOR,
                Release.of("1.11"))));
        EditResult.Applied applied = assertInstanceOf(EditResult.Applied.class, result, result::toString);
        assertEquals(List.of(new SourceFile(HELMFILE, repo.content(HELMFILE).replace("echoserver:1.10", "echoserver:1.11"))),
                applied.changedFiles());
    }

    @Test
    void theMapFormIsReadWithItsRegistry() {
        Declaration redis = repo.only(HELMFILE, "docker.io/bitnami/redis");
        repo.assertVersion(redis, "7.2.4-debian-11-r0");
        repo.assertPackage(redis, new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "bitnami/redis"));
    }

    @Test
    void aTemplatedTagIsSkippedWithTheTextAsWritten() {
        Declaration sidecar = repo.only(HELMFILE, "ghcr.io/acme/sidecar");
        repo.assertSkipped(sidecar, Code.TEMPLATED);
        repo.assertVersion(sidecar, "{{ .Values.sidecar_tag }}");
        Declaration metrics = repo.only(HELMFILE, "{{ .Values.metrics_image }}");
        repo.assertSkipped(metrics, Code.TEMPLATED);
    }

    @Test
    void anImageWithoutATagIsSkippedWithAReason() {
        Declaration mongo = repo.only(HELMFILE, "mongo");
        repo.assertSkipped(mongo, Code.NOT_A_VERSION);
        assertTrue(mongo.skip().detail().contains("no tag"), mongo.skip().detail());
    }

    @Test
    void stateValuesAndValuesFilesAreNotReleaseValues() {
        assertEquals(List.of("mongo", "gcr.io/google_containers/echoserver", "ghcr.io/acme/sidecar", "docker.io/bitnami/redis",
                "{{ .Values.metrics_image }}"), images().stream().map(Declaration::name).toList());
        assertEquals(List.of("raw", "redis"), repo.declarations().stream()
                .filter(d -> d.kind() == DeclarationKind.HELMFILE_RELEASE).map(Declaration::name).toList());
        assertTrue(repo.result().problems().isEmpty(), () -> repo.result().problems().toString());
    }
}
