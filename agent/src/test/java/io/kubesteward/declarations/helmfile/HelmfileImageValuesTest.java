package io.kubesteward.declarations.helmfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import io.kubesteward.yamledit.EditResult;
import io.kubesteward.yamledit.ProposalEditor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image tags of helmfile inline values written as templates, resolved from the helmfile's values files as versions are. */
class HelmfileImageValuesTest {
    private final ScannedRepo repo = ScannedRepo.scan("helmfile-image-values");

    @Test
    void aTagFromTheValuesFileIsDeclaredAndEditedThere() {
        Declaration redis = repo.only("defaults.yaml", "docker.io/bitnami/redis");
        repo.assertVersion(redis, "7.2.4-debian-11-r0");
        repo.assertPackage(redis, new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "bitnami/redis"));
        EditResult result = ProposalEditor.standard().edit(repo.files(), List.of(new Update(redis, "7.2.5-debian-11-r0",
                UpdateType.PATCH, Release.of("7.2.5-debian-11-r0"))));
        EditResult.Applied applied = assertInstanceOf(EditResult.Applied.class, result, result::toString);
        assertEquals(List.of(new SourceFile("defaults.yaml", repo.content("defaults.yaml")
                .replace("redis_tag: 7.2.4-debian-11-r0", "redis_tag: 7.2.5-debian-11-r0"))), applied.changedFiles());
    }

    @Test
    void anEnvironmentDefaultIsTheTagAndIsEditedInTheHelmfile() {
        Declaration sidecar = repo.only("helmfile.yaml", "ghcr.io/acme/sidecar");
        repo.assertVersion(sidecar, "0.4.1");
        EditResult result = ProposalEditor.standard().edit(repo.files(), List.of(new Update(sidecar, "0.5.0", UpdateType.MINOR,
                Release.of("0.5.0"))));
        EditResult.Applied applied = assertInstanceOf(EditResult.Applied.class, result, result::toString);
        assertTrue(applied.changedFiles().get(0).content().contains("default \"0.5.0\""), applied.changedFiles().toString());
    }

    @Test
    void aTagMixingTextAndTemplateIsSkippedSayingSo() {
        Declaration exporter = repo.only("helmfile.yaml", "ghcr.io/acme/exporter");
        repo.assertSkipped(exporter, Code.TEMPLATED);
        assertTrue(exporter.skip().detail().contains("mixes text and template expressions"), exporter.skip().detail());
    }
}
