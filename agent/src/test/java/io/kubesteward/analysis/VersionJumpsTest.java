package io.kubesteward.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionJumpsTest {
    private static List<String> said(String name, boolean image, String from, String to) {
        return VersionJumps.of(name, image, from, to).stream().map(f -> f.severity().label() + ": " + f.summary()).toList();
    }

    @Test
    void aMinorBelowOneAndJumpsOverSeveralVersionsAreCalledOut() {
        assertEquals(List.of("needs attention: a minor update below 1.0 (0.14.2 → 0.16.0): SemVer lets it break as a major would"),
                said("kyverno", false, "0.14.2", "0.16.0"));
        assertEquals(List.of("information: moves over 3 minors (4.8.3 → 4.11.2)"), said("ingress-nginx", false, "4.8.3", "4.11.2"));
        assertEquals(List.of("needs attention: moves over 2 majors (v1.9.0 → v3.0.1)"), said("x", false, "v1.9.0", "v3.0.1"));
        assertEquals(List.of(), said("podinfo", false, "6.5.0", "6.6.0"), "one minor is ordinary");
        assertEquals(List.of(), said("podinfo", false, "6.5.0", "7.0.0"), "one major is the major's own proposal");
        assertEquals(List.of(), said("app", true, "latest", "2024.11.30"), "nothing to compare");
        assertEquals(List.of(), said("app", true, "20241130123456789", "20241201123456789"), "date tags beyond an int say nothing");
    }

    @Test
    void aKubernetesComponentImageIsAClusterUpgrade() {
        List<Finding> kubelet = VersionJumps.of("ghcr.io/siderolabs/kubelet", true, "v1.29.4", "v1.31.1");
        assertEquals("ghcr.io/siderolabs/kubelet v1.29.4 → v1.31.1 is a cluster upgrade, not an ordinary update. It skips 1 Kubernetes "
                + "minor(s): a cluster moves one minor at a time.", kubelet.get(0).summary());
        assertEquals(Severity.ATTENTION, kubelet.get(0).severity());
        assertEquals(2, kubelet.size(), "and it moves over two minors");
        assertEquals(1, VersionJumps.of("registry.k8s.io/kube-apiserver", true, "v1.29.4", "v1.29.9").size(), "even a patch");
        assertEquals(1, VersionJumps.of("ghcr.io/siderolabs/installer", true, "v1.7.0", "v1.7.6").size(), "Talos's installer");
        assertEquals(0, VersionJumps.of("ghcr.io/acme/installer", true, "v1.0.0", "v1.0.1").size(), "anyone's installer is not");
        assertEquals(0, VersionJumps.of("kube-proxy", false, "1.29.0", "1.29.1").size(), "a chart named so is not an image");
        assertEquals(0, VersionJumps.of("registry.k8s.io/coredns/coredns", true, "v1.11.1", "v1.11.3").size());
    }
}
