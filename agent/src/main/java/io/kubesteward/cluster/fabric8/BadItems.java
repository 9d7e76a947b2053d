package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UnreadableResource.Reason;
import java.util.function.Consumer;

/**
 * Objects whose shape the reader did not expect (a custom resource written by hand, a field of the
 * wrong type): each is skipped, and the kind gets one entry naming the first and the count.
 */
final class BadItems {
    private int count;
    private String first;

    <T extends HasMetadata> void guard(T item, Consumer<T> sink) {
        try {
            sink.accept(item);
        } catch (RuntimeException failure) {
            if (failure instanceof SystemicFailure systemic) {
                throw systemic;
            }
            count++;
            if (first == null) {
                first = name(item) + " (" + Unreadable.firstLine(failure) + ")";
            }
        }
    }

    void report(ReadKind kind, String namespace, Consumer<UnreadableResource> report) {
        if (count > 0) {
            report.accept(new UnreadableResource(kind.kind(), namespace, Reason.FAILED,
                    count + " " + kind.plural() + " could not be understood and were skipped, first " + first));
        }
    }

    private static String name(HasMetadata item) {
        if (item.getMetadata() == null) {
            return "an object without metadata";
        }
        String namespace = item.getMetadata().getNamespace();
        return namespace == null ? item.getMetadata().getName() : namespace + "/" + item.getMetadata().getName();
    }
}
