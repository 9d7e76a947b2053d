package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Listable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.model.UnreadableResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lists a kind page by page ({@code limit}/{@code continue}) and hands each item to a sink, so only
 * one page of fabric8 objects is alive at a time. Lists across all namespaces (dropping excluded
 * ones) or namespace by namespace when the options name them. A kind that fails becomes an
 * {@link UnreadableResource}; a cluster that rejects the credentials ends the read.
 */
final class PagedLister {
    private final long pageSize;
    private final ReadOptions options;
    private final List<UnreadableResource> unreadable = new ArrayList<>();

    PagedLister(long pageSize, ReadOptions options) {
        this.pageSize = pageSize;
        this.options = options;
    }

    List<UnreadableResource> unreadable() {
        return List.copyOf(unreadable);
    }

    void record(UnreadableResource entry) {
        unreadable.add(entry);
    }

    <T extends HasMetadata, L extends KubernetesResourceList<T>> boolean each(ReadKind kind, MixedOperation<T, L, ?> operation,
            Consumer<T> sink) {
        return each(kind, namespace -> namespace == null ? operation.inAnyNamespace() : operation.inNamespace(namespace), null, sink);
    }

    /**
     * Lists {@code kind} in every wanted namespace; {@code failures} (null: record them) receives the
     * failures instead, for callers that try other API versions first. Returns whether every list succeeded.
     */
    <T extends HasMetadata, L extends KubernetesResourceList<T>> boolean each(ReadKind kind, Function<String, Listable<L>> scoped,
            Consumer<UnreadableResource> failures, Consumer<T> sink) {
        Consumer<UnreadableResource> report = failures == null ? unreadable::add : failures;
        if (!kind.namespaced()) {
            return pages(kind, null, scoped.apply(null), sink, report);
        }
        if (options.includeNamespaces().isEmpty()) {
            return pages(kind, null, scoped.apply(null), item -> {
                if (options.wants(item.getMetadata().getNamespace())) {
                    sink.accept(item);
                }
            }, report);
        }
        boolean all = true;
        for (String namespace : options.namespacesToList()) {
            all &= pages(kind, namespace, scoped.apply(namespace), sink, report);
        }
        return all;
    }

    private <T extends HasMetadata, L extends KubernetesResourceList<T>> boolean pages(ReadKind kind, String namespace, Listable<L> listable,
            Consumer<T> sink, Consumer<UnreadableResource> report) {
        BadItems bad = new BadItems();
        String token = null;
        try {
            do {
                L page = listable.list(options(token));
                for (T item : page.getItems()) {
                    bad.guard(item, sink);
                }
                token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            } while (token != null && !token.isEmpty());
            return true;
        } catch (KubernetesClientException failure) {
            Connection.failIfSystemic(failure);
            report.accept(Unreadable.of(kind, namespace, failure));
            return false;
        } finally {
            bad.report(kind, namespace, unreadable::add);
        }
    }

    private ListOptions options(String token) {
        return new ListOptionsBuilder().withLimit(pageSize).withContinue(token).build();
    }
}
