package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.dsl.Listable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterReader;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.ResourceQuota;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UnreadableResource.Reason;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.Workload;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The live cluster through fabric8, strictly read-only: every kind listed in pages, custom resources
 * (VPA, Flux, Argo CD) as generic objects with explicit definitions. Close it to release the client.
 */
public final class Fabric8ClusterReader implements ClusterReader, AutoCloseable {
    static final long PAGE_SIZE = 500;

    private final KubernetesClient client;
    private final String context;
    private final Clock clock;
    private final long pageSize;

    Fabric8ClusterReader(KubernetesClient client, String context, Clock clock, long pageSize) {
        this.client = client;
        this.context = context;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Connects with a kubeconfig and context, or the in-cluster service account (nothing is sent until {@link #read}). */
    public static Fabric8ClusterReader connect(ClusterConnection connection, Clock clock) throws ClusterUnavailable {
        var config = Connection.config(connection);
        return new Fabric8ClusterReader(new KubernetesClientBuilder().withConfig(config).build(), Connection.contextName(config),
                clock, PAGE_SIZE);
    }

    @Override
    public ClusterInventory read(ReadOptions options) throws ClusterUnavailable {
        Instant readAt = clock.instant();
        try {
            PagedLister lister = new PagedLister(pageSize, options);
            ServerVersion version = serverVersion(lister);
            List<ClusterNode> nodes = new ArrayList<>();
            lister.<Node, NodeList>each(ReadKinds.NODES, namespace -> client.nodes(), null, n -> nodes.add(CapacityConversion.node(n)));
            List<Workload> workloads = new WorkloadReads(client, lister).read();
            List<Hpa> hpas = new ArrayList<>();
            lister.each(ReadKinds.HPAS, client.autoscaling().v2().horizontalPodAutoscalers(), h -> hpas.add(AutoscalerConversion.hpa(h)));
            List<Vpa> vpas = new ArrayList<>();
            lister.each(ReadKinds.VPAS, generic(CustomKinds.VPA), v -> vpas.add(VpaConversion.vpa(v)));
            List<VpaCheckpoint> checkpoints = new ArrayList<>();
            lister.each(ReadKinds.VPA_CHECKPOINTS, generic(CustomKinds.VPA_CHECKPOINT), c -> checkpoints.add(VpaConversion.checkpoint(c)));
            List<LimitRange> limitRanges = new ArrayList<>();
            lister.each(ReadKinds.LIMIT_RANGES, client.limitRanges(), l -> limitRanges.add(CapacityConversion.limitRange(l)));
            List<ResourceQuota> quotas = new ArrayList<>();
            lister.each(ReadKinds.RESOURCE_QUOTAS, client.resourceQuotas(), q -> quotas.add(CapacityConversion.resourceQuota(q)));
            List<FluxHelmRelease> fluxReleases = fluxHelmReleases(lister);
            List<ArgoApplication> applications = new ArrayList<>();
            lister.each(ReadKinds.ARGO_APPLICATIONS, generic(CustomKinds.ARGO_APPLICATION),
                    a -> applications.add(GitOpsConversion.argoApplication(a)));
            List<HelmReleaseSummary> helmReleases = options.helmReleaseSecrets() ? new HelmReleaseSecrets(client, lister).read() : List.of();
            return new ClusterInventory(new ClusterOrigin(context, readAt), version, nodes, workloads, hpas, vpas, checkpoints,
                    limitRanges, quotas, fluxReleases, applications, helmReleases, lister.unreadable());
        } catch (SystemicFailure failure) {
            throw new ClusterUnavailable("Cannot read cluster context " + context + " at " + Connection.server(client.getMasterUrl().toString())
                    + ": " + failure.getMessage(), failure.getCause());
        }
    }

    /** The first request, so a cluster that cannot be reached at all fails here, before any list. */
    private ServerVersion serverVersion(PagedLister lister) {
        try {
            VersionInfo info = client.getKubernetesVersion();
            if (info == null) {
                // the client's answer to a 404
                throw Connection.notKubernetes404(null);
            }
            return new ServerVersion(info.getMajor(), info.getMinor(), info.getGitVersion(), info.getPlatform());
        } catch (KubernetesClientException failure) {
            Connection.failIfNotKubernetes(failure);
            Connection.failIfSystemic(failure);
            lister.record(new UnreadableResource("ServerVersion", null, Reason.FAILED, "cannot read the server version (GET /version): "
                    + Unreadable.firstLine(failure)));
            return null;
        }
    }

    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> generic(
            ResourceDefinitionContext definition) {
        return client.genericKubernetesResources(definition);
    }

    /** Tries Flux's served versions newest first; "not installed" only when none is served. */
    private List<FluxHelmRelease> fluxHelmReleases(PagedLister lister) {
        List<FluxHelmRelease> releases = new ArrayList<>();
        List<UnreadableResource> failures = new ArrayList<>();
        for (ResourceDefinitionContext version : CustomKinds.FLUX_HELM_RELEASE) {
            failures.clear();
            var operation = generic(version);
            Function<String, Listable<GenericKubernetesResourceList>> scoped = namespace ->
                    namespace == null ? operation.inAnyNamespace() : operation.inNamespace(namespace);
            Consumer<GenericKubernetesResource> sink = r -> releases.add(GitOpsConversion.fluxHelmRelease(r));
            if (lister.each(ReadKinds.FLUX_HELM_RELEASES, scoped, failures::add, sink) || !allNotInstalled(failures)) {
                break;
            }
        }
        failures.forEach(lister::record);
        return releases;
    }

    private static boolean allNotInstalled(List<UnreadableResource> failures) {
        return failures.stream().allMatch(f -> f.reason() == Reason.NOT_INSTALLED);
    }

    @Override
    public void close() {
        client.close();
    }
}
