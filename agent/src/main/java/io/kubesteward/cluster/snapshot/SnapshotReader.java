package io.kubesteward.cluster.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.ResourceQuota;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a snapshot directory written by {@link SnapshotWriter} (or by hand) back into the inventory it was written from. */
public final class SnapshotReader {
    private final ObjectMapper mapper = SnapshotFormat.mapper();

    public ClusterInventory read(Path dir) throws SnapshotInvalid {
        if (!Files.isDirectory(dir)) {
            throw SnapshotErrors.at(dir.toString(), "no such directory; write a snapshot with steward snapshot --out DIR");
        }
        Path clusterPath = dir.resolve(SnapshotFormat.CLUSTER_FILE);
        if (!Files.isRegularFile(clusterPath)) {
            throw SnapshotErrors.at(clusterPath.toString(), "missing: " + dir + " is not a Steward cluster snapshot");
        }
        ClusterFile cluster = parse(clusterPath, ClusterFile.class);
        checkHeader(clusterPath, cluster.apiVersion(), cluster.kind(), ClusterFile.KIND);
        Parts parts = new Parts();
        for (Path file : namespaceFiles(dir)) {
            NamespaceFile namespace = parse(file, NamespaceFile.class);
            checkHeader(file, namespace.apiVersion(), namespace.kind(), NamespaceFile.KIND);
            NamespaceCheck.sameNamespace(file.toString(), namespace);
            parts.add(namespace);
        }
        return new ClusterInventory(cluster.origin(), cluster.serverVersion(), cluster.nodes(), parts.workloads, parts.hpas, parts.vpas,
                parts.checkpoints, parts.limitRanges, parts.quotas, parts.fluxReleases, parts.applications, parts.helmReleases,
                cluster.unreadable());
    }

    private <T> T parse(Path file, Class<T> type) throws SnapshotInvalid {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw SnapshotErrors.at(file.toString(), "cannot be read: " + failure.getMessage());
        }
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw SnapshotErrors.at(file.toString(), "is empty; expected apiVersion " + SnapshotFormat.API_VERSION + " and a kind");
            }
            return value;
        } catch (JsonProcessingException failure) {
            throw SnapshotErrors.from(file.toString(), text, failure);
        }
    }

    private static void checkHeader(Path file, String apiVersion, String kind, String expectedKind) throws SnapshotInvalid {
        if (!SnapshotFormat.API_VERSION.equals(apiVersion) || !expectedKind.equals(kind)) {
            throw SnapshotErrors.at(file.toString(), "expected apiVersion " + SnapshotFormat.API_VERSION + " and kind " + expectedKind
                    + ", found apiVersion " + apiVersion + " and kind " + kind);
        }
    }

    private static List<Path> namespaceFiles(Path dir) throws SnapshotInvalid {
        Path namespaces = dir.resolve(SnapshotFormat.NAMESPACES_DIR);
        if (!Files.isDirectory(namespaces)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(namespaces)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SnapshotFormat.YAML)).sorted().toList();
        } catch (IOException failure) {
            throw SnapshotErrors.at(namespaces.toString(), "cannot be listed: " + failure.getMessage());
        }
    }

    /** The namespace files' records, gathered. */
    private static final class Parts {
        private final List<Workload> workloads = new ArrayList<>();
        private final List<Hpa> hpas = new ArrayList<>();
        private final List<Vpa> vpas = new ArrayList<>();
        private final List<VpaCheckpoint> checkpoints = new ArrayList<>();
        private final List<LimitRange> limitRanges = new ArrayList<>();
        private final List<ResourceQuota> quotas = new ArrayList<>();
        private final List<FluxHelmRelease> fluxReleases = new ArrayList<>();
        private final List<ArgoApplication> applications = new ArrayList<>();
        private final List<HelmReleaseSummary> helmReleases = new ArrayList<>();

        void add(NamespaceFile file) {
            workloads.addAll(file.workloads());
            hpas.addAll(file.hpas());
            vpas.addAll(file.vpas());
            checkpoints.addAll(file.vpaCheckpoints());
            limitRanges.addAll(file.limitRanges());
            quotas.addAll(file.resourceQuotas());
            fluxReleases.addAll(file.fluxHelmReleases());
            applications.addAll(file.argoApplications());
            helmReleases.addAll(file.helmReleases());
        }
    }
}
