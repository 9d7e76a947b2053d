package io.kubesteward.cluster.snapshot;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.kubesteward.model.ClusterInventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes an inventory as a snapshot directory: {@code cluster.yaml} (origin, server version, nodes,
 * what could not be read) and {@code namespaces/NAME.yaml} for each namespace, in a stable order so
 * snapshots diff well. Only the records are written; they hold no Secret data by construction.
 * Rewriting a previous snapshot replaces it whole; any other non-empty directory is refused.
 */
public final class SnapshotWriter {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final ObjectWriter yaml = SnapshotFormat.mapper().writer();

    public void write(ClusterInventory inventory, Path dir) throws IOException {
        prepare(dir);
        String origin = inventory.origin() == null ? "an unnamed cluster" : "context " + inventory.origin().context()
                + (inventory.origin().readAt() == null ? "" : " at " + inventory.origin().readAt());
        ClusterFile cluster = new ClusterFile(SnapshotFormat.API_VERSION, ClusterFile.KIND, inventory.origin(), inventory.serverVersion(),
                inventory.nodes(), inventory.unreadable());
        writeFile(dir.resolve(SnapshotFormat.CLUSTER_FILE), "# Steward cluster snapshot of " + origin + "; read by steward --cluster DIR.\n", cluster);
        Path namespaces = Files.createDirectories(dir.resolve(SnapshotFormat.NAMESPACES_DIR));
        for (String namespace : inventory.namespaces()) {
            if (!NAMESPACE.matcher(namespace).matches()) {
                throw new IOException("Namespace '" + namespace + "' is not a valid Kubernetes name, so it cannot name a snapshot file");
            }
            writeFile(namespaces.resolve(namespace + SnapshotFormat.YAML), "# Namespace " + namespace + " of the Steward snapshot.\n",
                    Namespaces.file(inventory, namespace));
        }
    }

    private void writeFile(Path file, String header, Object content) throws IOException {
        Files.writeString(file, header + yaml.writeValueAsString(content), StandardCharsets.UTF_8);
    }

    /** Leaves an empty or absent directory as it is; clears a previous snapshot's files; refuses anything else. */
    private static void prepare(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file; give a directory for the snapshot");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        Path cluster = dir.resolve(SnapshotFormat.CLUSTER_FILE);
        if (!Files.isRegularFile(cluster) || !Files.readString(cluster, StandardCharsets.UTF_8).contains("kind: " + ClusterFile.KIND)) {
            throw new IOException(dir + " is not empty and holds no Steward snapshot; give an empty or new directory");
        }
        Path namespaces = dir.resolve(SnapshotFormat.NAMESPACES_DIR);
        if (Files.isDirectory(namespaces)) {
            try (Stream<Path> files = Files.list(namespaces)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SnapshotFormat.YAML)).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.delete(cluster);
    }
}
