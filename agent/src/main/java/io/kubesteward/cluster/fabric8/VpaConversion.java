package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubesteward.model.TargetRef;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.VpaContainerPolicy;
import io.kubesteward.model.VpaRecommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VerticalPodAutoscalers and their checkpoints from generic objects (autoscaling.k8s.io/v1). */
final class VpaConversion {
    private VpaConversion() {
    }

    static Vpa vpa(GenericKubernetesResource resource) {
        Map<String, Object> body = resource.getAdditionalProperties();
        Object target = Fields.at(body, "spec", "targetRef");
        TargetRef targetRef = target == null ? null
                : new TargetRef(Fields.text(target, "apiVersion"), Fields.text(target, "kind"), Fields.text(target, "name"));
        return new Vpa(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), targetRef,
                Fields.text(body, "spec", "updatePolicy", "updateMode"), policies(body), recommendations(body), Conditions.of(body),
                Metadata.created(resource.getMetadata()));
    }

    static VpaCheckpoint checkpoint(GenericKubernetesResource resource) {
        Map<String, Object> body = resource.getAdditionalProperties();
        return new VpaCheckpoint(resource.getMetadata().getNamespace(), resource.getMetadata().getName(),
                Fields.text(body, "spec", "vpaObjectName"), Fields.text(body, "spec", "containerName"),
                Times.parse(Fields.at(body, "status", "firstSampleStart")), Times.parse(Fields.at(body, "status", "lastSampleStart")),
                Fields.count(body, "status", "totalSamplesCount"),
                highestBucket(Fields.at(body, "status", "cpuHistogram", "bucketWeights")),
                highestBucket(Fields.at(body, "status", "memoryHistogram", "bucketWeights")));
    }

    private static List<VpaContainerPolicy> policies(Map<String, Object> body) {
        List<VpaContainerPolicy> policies = new ArrayList<>();
        for (Object policy : Fields.list(body, "spec", "resourcePolicy", "containerPolicies")) {
            String container = Fields.text(policy, "containerName");
            if (container != null) {
                policies.add(new VpaContainerPolicy(container, Fields.text(policy, "mode"), Fields.scalars(policy, "minAllowed"),
                        Fields.scalars(policy, "maxAllowed"), Fields.texts(policy, "controlledResources"),
                        Fields.text(policy, "controlledValues")));
            }
        }
        return policies;
    }

    private static List<VpaRecommendation> recommendations(Map<String, Object> body) {
        List<VpaRecommendation> recommendations = new ArrayList<>();
        for (Object recommendation : Fields.list(body, "status", "recommendation", "containerRecommendations")) {
            String container = Fields.text(recommendation, "containerName");
            if (container != null) {
                recommendations.add(new VpaRecommendation(container, Fields.scalars(recommendation, "target"),
                        Fields.scalars(recommendation, "lowerBound"), Fields.scalars(recommendation, "upperBound"),
                        Fields.scalars(recommendation, "uncappedTarget")));
            }
        }
        return recommendations;
    }

    /** The histogram's bucketWeights are a map from bucket index (a string key) to weight; the highest non-zero index. */
    private static Integer highestBucket(Object weights) {
        if (!(weights instanceof Map<?, ?> map)) {
            return null;
        }
        Integer highest = null;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() instanceof Number weight && weight.doubleValue() > 0) {
                try {
                    int bucket = Integer.parseInt(String.valueOf(entry.getKey()));
                    highest = highest == null ? bucket : Math.max(highest, bucket);
                } catch (NumberFormatException notAnIndex) {
                    // a bucket key that is not an index carries no size; skip it
                }
            }
        }
        return highest;
    }
}
