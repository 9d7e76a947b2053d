package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.HpaMetric;
import io.kubesteward.model.TargetRef;
import java.util.ArrayList;
import java.util.List;

/** HorizontalPodAutoscalers (autoscaling/v2) as records: target, bounds, and the metrics they scale on. */
final class AutoscalerConversion {
    private AutoscalerConversion() {
    }

    static Hpa hpa(HorizontalPodAutoscaler hpa) {
        CrossVersionObjectReference ref = hpa.getSpec() == null ? null : hpa.getSpec().getScaleTargetRef();
        TargetRef target = ref == null ? null : new TargetRef(ref.getApiVersion(), ref.getKind(), ref.getName());
        List<HpaMetric> metrics = new ArrayList<>();
        if (hpa.getSpec() != null && hpa.getSpec().getMetrics() != null) {
            hpa.getSpec().getMetrics().forEach(metric -> metrics.add(metric(metric)));
        }
        Integer current = hpa.getStatus() == null ? null : hpa.getStatus().getCurrentReplicas();
        return new Hpa(hpa.getMetadata().getNamespace(), hpa.getMetadata().getName(), target,
                hpa.getSpec() == null ? null : hpa.getSpec().getMinReplicas(), hpa.getSpec() == null ? null : hpa.getSpec().getMaxReplicas(),
                current, metrics);
    }

    private static HpaMetric metric(MetricSpec metric) {
        String type = metric.getType() == null ? "Unknown" : metric.getType();
        if (metric.getResource() != null) {
            return withTarget(type, metric.getResource().getName(), null, metric.getResource().getTarget());
        }
        if (metric.getContainerResource() != null) {
            return withTarget(type, metric.getContainerResource().getName(), metric.getContainerResource().getContainer(),
                    metric.getContainerResource().getTarget());
        }
        if (metric.getPods() != null) {
            return withTarget(type, null, null, metric.getPods().getTarget());
        }
        if (metric.getObject() != null) {
            return withTarget(type, null, null, metric.getObject().getTarget());
        }
        if (metric.getExternal() != null) {
            return withTarget(type, null, null, metric.getExternal().getTarget());
        }
        return new HpaMetric(type, null, null, null, null);
    }

    private static HpaMetric withTarget(String type, String resource, String container, MetricTarget target) {
        if (target == null) {
            return new HpaMetric(type, resource, container, null, null);
        }
        String value = target.getAverageUtilization() != null ? target.getAverageUtilization().toString()
                : target.getAverageValue() != null ? Quantities.text(target.getAverageValue()) : Quantities.text(target.getValue());
        return new HpaMetric(type, resource, container, target.getType(), value);
    }
}
