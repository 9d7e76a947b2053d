package io.kubesteward.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameSpanTest {
    @Test
    void an_annotation_above_a_helm_release_version_is_the_one_reading_of_it() {
        String release = """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: app, namespace: apps}
                spec:
                  chart:
                    spec:
                      chart: app
                      # renovate: datasource=helm depName=app registryUrl=https://charts.example.com versioning=helm
                      version: 1.2.3
                      sourceRef: {kind: HelmRepository, name: example, namespace: apps}
                ---
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmRepository
                metadata: {name: example, namespace: apps}
                spec: {url: https://charts.example.com}
                """;
        List<Declaration> found = io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(List.of(new SourceFile("apps/app.yaml", release))).declarations();
        assertEquals(1, found.size(), found.toString());
        assertEquals(DeclarationKind.ANNOTATED_VALUE, found.get(0).kind());
        assertEquals("1.2.3", found.get(0).span().cut(release));
    }
}
