package io.kubesteward.cluster.fabric8;

/**
 * JSON list pages of a large synthetic cluster, generated on demand so the mock server holds none of
 * it: workload i lives in namespace ns-(i % namespaces), has two containers, one ReplicaSet, one pod,
 * a VPA with a recommendation for both containers and two checkpoints; every tenth has an HPA. Objects
 * carry what real ones carry (kubectl's applied copy, probes, env, status) so parsing costs what it would.
 */
final class SyntheticCluster {
    private final int workloads;
    private final int namespaces;

    SyntheticCluster(int workloads, int namespaces) {
        this.workloads = workloads;
        this.namespaces = namespaces;
    }

    int count(String kind) {
        return switch (kind) {
            case "Checkpoint" -> 2 * workloads;
            case "HPA" -> workloads / 10;
            case "Node" -> 50;
            case "Namespaced" -> namespaces;
            default -> workloads;
        };
    }

    String page(String kind, int from, int to, String continueToken) {
        StringBuilder json = new StringBuilder(1 << 20).append("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"1\"");
        if (continueToken != null) {
            json.append(",\"continue\":\"").append(continueToken).append('"');
        }
        json.append("},\"items\":[");
        for (int i = from; i < to; i++) {
            json.append(i > from ? "," : "").append(item(kind, i));
        }
        return json.append("]}").toString();
    }

    private String item(String kind, int i) {
        return switch (kind) {
            case "Deployment" -> deployment(i);
            case "ReplicaSet" -> replicaSet(i);
            case "Pod" -> pod(i);
            case "VPA" -> vpa(i);
            case "Checkpoint" -> checkpoint(i / 2, i % 2 == 0 ? "app" : "proxy");
            case "HPA" -> hpa(i * 10);
            case "Node" -> node(i);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String ns(int i) {
        return "ns-%03d".formatted(i % namespaces);
    }

    private static String name(int i) {
        return "app-%05d".formatted(i);
    }

    private static String meta(String name, String namespace, String extra) {
        return "\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace + "\",\"uid\":\"" + name + "-" + namespace
                + "-0000-0000\",\"resourceVersion\":\"123456\",\"creationTimestamp\":\"2024-01-01T00:00:00Z\"" + extra + "}";
    }

    private static String labels(int i) {
        return "\"labels\":{\"app.kubernetes.io/name\":\"" + name(i) + "\",\"app.kubernetes.io/instance\":\"" + name(i)
                + "\",\"app.kubernetes.io/managed-by\":\"Helm\",\"helm.sh/chart\":\"app-1.2.3\",\"team\":\"team-" + (i % 40)
                + "\",\"tier\":\"backend\"}";
    }

    private static String container(String name, String image, String cpu, String memory) {
        return "{\"name\":\"" + name + "\",\"image\":\"" + image + "\",\"imagePullPolicy\":\"IfNotPresent\","
                + "\"env\":[{\"name\":\"LOG_LEVEL\",\"value\":\"info\"},{\"name\":\"JAVA_TOOL_OPTIONS\",\"value\":\"-XX:MaxRAMPercentage=75\"},"
                + "{\"name\":\"DB_PASSWORD\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\"db\",\"key\":\"password\"}}}],"
                + "\"ports\":[{\"containerPort\":8080,\"name\":\"http\",\"protocol\":\"TCP\"}],"
                + "\"livenessProbe\":{\"httpGet\":{\"path\":\"/healthz\",\"port\":8080},\"periodSeconds\":10},"
                + "\"readinessProbe\":{\"httpGet\":{\"path\":\"/ready\",\"port\":8080},\"periodSeconds\":5},"
                + "\"resources\":{\"requests\":{\"cpu\":\"" + cpu + "\",\"memory\":\"" + memory + "\"},\"limits\":{\"memory\":\"" + memory + "\"}}}";
    }

    private String template(int i) {
        return "{\"metadata\":{" + labels(i) + "},\"spec\":" + podSpec(i) + "}";
    }

    private static String podSpec(int i) {
        return "{\"containers\":[" + container("app", "registry.example.com/team/" + name(i) + ":1.2.3", "250m", "512Mi") + ","
                + container("proxy", "envoyproxy/envoy:v1.30.1", "50m", "64Mi") + "]}";
    }

    private String deployment(int i) {
        String applied = ",\"annotations\":{\"deployment.kubernetes.io/revision\":\"3\",\"meta.helm.sh/release-name\":\"" + name(i)
                + "\",\"kubectl.kubernetes.io/last-applied-configuration\":\"" + "{\\\"spec\\\":{\\\"replicas\\\":2}}".repeat(40) + "\"},"
                + labels(i);
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\"," + meta(name(i), ns(i), applied) + ",\"spec\":{\"replicas\":2,"
                + "\"selector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"" + name(i) + "\"}},\"template\":" + template(i) + "},"
                + "\"status\":{\"replicas\":2,\"readyReplicas\":2,\"availableReplicas\":2,\"observedGeneration\":3}}";
    }

    private String replicaSet(int i) {
        String owned = ",\"annotations\":{\"deployment.kubernetes.io/revision\":\"3\"},\"ownerReferences\":[{\"apiVersion\":\"apps/v1\","
                + "\"kind\":\"Deployment\",\"name\":\"" + name(i) + "\",\"uid\":\"u\",\"controller\":true}]";
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\"," + meta(name(i) + "-7f9c6b5d4", ns(i), owned)
                + ",\"spec\":{\"replicas\":2,\"template\":" + template(i) + "}}";
    }

    private String pod(int i) {
        String owned = ",\"labels\":{\"pod-template-hash\":\"7f9c6b5d4\"},\"ownerReferences\":[{\"apiVersion\":\"apps/v1\","
                + "\"kind\":\"ReplicaSet\",\"name\":\"" + name(i) + "-7f9c6b5d4\",\"uid\":\"u\",\"controller\":true}]";
        String status = "{\"name\":\"%s\",\"imageID\":\"registry.example.com/team/%s@sha256:%064d\",\"restartCount\":%d,\"ready\":true,"
                + "\"state\":{\"running\":{\"startedAt\":\"2024-05-01T00:00:00Z\"}}%s}";
        String oom = i % 50 == 0 ? ",\"lastState\":{\"terminated\":{\"reason\":\"OOMKilled\",\"exitCode\":137,"
                + "\"startedAt\":\"2024-04-30T00:00:00Z\",\"finishedAt\":\"2024-05-01T00:00:00Z\"}}" : "";
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"," + meta(name(i) + "-7f9c6b5d4-abcde", ns(i), owned) + ",\"spec\":" + podSpec(i) + ",\"status\":{\"phase\":\"Running\","
                + "\"startTime\":\"2024-05-01T00:00:00Z\",\"containerStatuses\":[" + status.formatted("app", name(i), i, i % 50 == 0 ? 3 : 0, oom)
                + "," + status.formatted("proxy", "envoy", i, 0, "") + "]}}";
    }

    private String vpa(int i) {
        String recommendation = "{\"containerName\":\"%s\",\"target\":{\"cpu\":\"%s\",\"memory\":\"%s\"},\"lowerBound\":{\"cpu\":\"%s\","
                + "\"memory\":\"%s\"},\"upperBound\":{\"cpu\":\"%s\",\"memory\":\"%s\"},\"uncappedTarget\":{\"cpu\":\"%s\",\"memory\":\"%s\"}}";
        return "{\"apiVersion\":\"autoscaling.k8s.io/v1\",\"kind\":\"VerticalPodAutoscaler\"," + meta(name(i), ns(i), "")
                + ",\"spec\":{\"targetRef\":{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"" + name(i) + "\"},"
                + "\"updatePolicy\":{\"updateMode\":\"Off\"}},\"status\":{\"conditions\":[{\"type\":\"RecommendationProvided\","
                + "\"status\":\"True\",\"lastTransitionTime\":\"2024-01-01T00:05:00Z\"}],\"recommendation\":{\"containerRecommendations\":["
                + recommendation.formatted("app", "163m", "262144k", "120m", "200Mi", "420m", "980Mi", "163m", "262144k") + ","
                + recommendation.formatted("proxy", "25m", "64Mi", "15m", "48Mi", "60m", "96Mi", "25m", "64Mi") + "]}}}";
    }

    private String checkpoint(int i, String container) {
        StringBuilder buckets = new StringBuilder();
        for (int b = 0; b < 30; b++) {
            buckets.append(b > 0 ? "," : "").append('"').append(10 + b).append("\":").append(b == 0 ? 10000 : 10000 / (b + 1));
        }
        String histogram = "{\"referenceTimestamp\":\"2024-06-01T00:00:00Z\",\"totalWeight\":12.5,\"bucketWeights\":{" + buckets + "}}";
        return "{\"apiVersion\":\"autoscaling.k8s.io/v1\",\"kind\":\"VerticalPodAutoscalerCheckpoint\"," + meta(name(i) + "-" + container, ns(i), "")
                + ",\"spec\":{\"vpaObjectName\":\"" + name(i) + "\",\"containerName\":\"" + container + "\"},\"status\":{\"version\":\"v3\","
                + "\"firstSampleStart\":\"2024-05-01T00:00:00Z\",\"lastSampleStart\":\"2024-06-01T00:00:00Z\",\"totalSamplesCount\":44640,"
                + "\"cpuHistogram\":" + histogram + ",\"memoryHistogram\":" + histogram + "}}";
    }

    private String hpa(int i) {
        return "{\"apiVersion\":\"autoscaling/v2\",\"kind\":\"HorizontalPodAutoscaler\"," + meta(name(i), ns(i), "")
                + ",\"spec\":{\"scaleTargetRef\":{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"" + name(i) + "\"},"
                + "\"minReplicas\":2,\"maxReplicas\":10,\"metrics\":[{\"type\":\"Resource\",\"resource\":{\"name\":\"cpu\","
                + "\"target\":{\"type\":\"Utilization\",\"averageUtilization\":70}}}]}}";
    }

    private static String node(int i) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"node-" + i + "\",\"labels\":{"
                + "\"node.kubernetes.io/instance-type\":\"m6i.4xlarge\"}},\"status\":{\"allocatable\":{\"cpu\":\"15890m\","
                + "\"memory\":\"63507780Ki\",\"pods\":\"234\"},\"capacity\":{\"cpu\":\"16\",\"memory\":\"64525660Ki\",\"pods\":\"234\"}}}";
    }
}
