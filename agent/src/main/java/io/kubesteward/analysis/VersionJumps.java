package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the version numbers alone say a reviewer should know, for charts and images alike: a minor
 * update below 1.0 (SemVer lets it break), a move over several minors or majors, and an image of a
 * Kubernetes component, whose update is a cluster upgrade with its own order and skew rules. Pure.
 */
public final class VersionJumps {
    private static final Pattern NUMBERS = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?");
    /** Images whose version is the cluster's: the control plane, the kubelet, and installers that carry them. */
    private static final Pattern KUBERNETES_COMPONENT = Pattern.compile(
            "(?:.*/)?(kube-apiserver|kube-controller-manager|kube-scheduler|kube-proxy|kubelet|kubeadm|hyperkube|k3s|rke2|installer)"
                    + "(?:-[a-z0-9]+)?");
    private static final List<String> COMPONENT_REGISTRIES = List.of("registry.k8s.io", "k8s.gcr.io", "ghcr.io/siderolabs",
            "docker.io/rancher", "rancher", "ghcr.io/k3s-io");

    private VersionJumps() {
    }

    /** {@code image}: whether {@code name} is a container image ({@code registry/path}); charts are never Kubernetes components. */
    public static List<Finding> of(String name, boolean image, String from, String to) {
        Optional<int[]> a = numbers(from);
        Optional<int[]> b = numbers(to);
        List<Finding> found = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty()) {
            return found;
        }
        int[] x = a.get();
        int[] y = b.get();
        if (image && kubernetesComponent(name)) {
            String skew = y[0] == x[0] && y[1] - x[1] > 1 ? " It skips " + (y[1] - x[1] - 1) + " Kubernetes minor(s): a cluster moves one minor at a time."
                    : "";
            found.add(new Finding(Severity.ATTENTION, "versions", name + " " + from + " → " + to + " is a cluster upgrade, not an ordinary "
                    + "update." + skew, List.of("Upgrade the control plane before the kubelets, one minor at a time; kubelets may be at most "
                    + "three minors older than the API server (the Kubernetes version skew policy).")));
        }
        if (x[0] == 0 && y[0] == 0 && y[1] > x[1]) {
            found.add(new Finding(Severity.ATTENTION, "versions", "a minor update below 1.0 (" + from + " → " + to + "): SemVer lets it "
                    + "break as a major would", List.of("Read the release notes of each version in between before merging.")));
        } else if (y[0] - x[0] > 1) {
            found.add(new Finding(Severity.ATTENTION, "versions", "moves over " + (y[0] - x[0]) + " majors (" + from + " → " + to + ")",
                    List.of("Each major's upgrade notes apply; some projects support only one major at a time.")));
        } else if (y[0] == x[0] && y[1] - x[1] > 1) {
            found.add(new Finding(Severity.INFORMATION, "versions", "moves over " + (y[1] - x[1]) + " minors (" + from + " → " + to + ")",
                    List.of("The notes of every release in between apply.")));
        }
        return found;
    }

    private static boolean kubernetesComponent(String image) {
        int slash = image.lastIndexOf('/');
        String path = slash < 0 ? "" : image.substring(0, slash);
        String last = image.substring(slash + 1);
        return KUBERNETES_COMPONENT.matcher(last).matches() && COMPONENT_REGISTRIES.stream().anyMatch(r -> path.equals(r)
                || path.startsWith(r + "/")) && (!last.equals("installer") || path.startsWith("ghcr.io/siderolabs"));
    }

    private static Optional<int[]> numbers(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = NUMBERS.matcher(version.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))});
        } catch (NumberFormatException e) {
            // a date-like tag too large for an int says nothing about jumps
            return Optional.empty();
        }
    }
}
