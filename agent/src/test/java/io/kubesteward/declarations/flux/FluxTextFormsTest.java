package io.kubesteward.declarations.flux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.api.Test;

/** The same HelmRelease written in the text forms that move offsets: flow style, anchors, CRLF, BOM, emoji. */
class FluxTextFormsTest {
    private static final PackageRef PODINFO = new PackageRef(SourceKind.HELM_REPOSITORY, "https://stefanprodan.github.io/podinfo", "podinfo");

    @Test
    void flowStyle() {
        ScannedRepo repo = ScannedRepo.scan("flow-style");

        Declaration redis = repo.only("flux/release.yaml", "redis");
        repo.assertVersion(redis, "18.6.1");
        assertEquals("\"\"", repo.around(redis));
        repo.assertPackage(redis, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.bitnami.com/bitnami", "redis"));
    }

    @Test
    void anchoredVersion() {
        ScannedRepo repo = ScannedRepo.scan("anchors");

        Declaration podinfo = repo.only("flux/releases.yaml", "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, PODINFO);
    }

    @Test
    void crlf() {
        ScannedRepo repo = ScannedRepo.scan("crlf");

        Declaration podinfo = repo.only("flux/podinfo.yaml", "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        assertEquals("\r", repo.content("flux/podinfo.yaml").substring(podinfo.span().end(), podinfo.span().end() + 1));
        repo.assertPackage(podinfo, PODINFO);
    }

    @Test
    void byteOrderMark() {
        ScannedRepo repo = ScannedRepo.scan("bom");
        assertTrue(repo.content("flux/podinfo.yaml").startsWith("\uFEFF"));

        Declaration podinfo = repo.only("flux/podinfo.yaml", "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, PODINFO);
    }

    @Test
    void emojiBeforeTheValue() {
        ScannedRepo repo = ScannedRepo.scan("emoji-comment");

        Declaration podinfo = repo.only("flux/helmrelease.yaml", "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        assertEquals(13, podinfo.span().line());
        assertEquals(17, podinfo.span().column());
        repo.assertPackage(podinfo, PODINFO);
    }
}
