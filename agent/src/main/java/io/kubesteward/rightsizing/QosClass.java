package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pod's quality-of-service class as Kubernetes decides it: Guaranteed when every container has CPU and memory
 * limits and requests equal to them (a request left out is the limit), BestEffort when no container has a request
 * or a limit, Burstable otherwise. Judged over every container of the pod template, those the source does not declare
 * with what they run, before and after a change (sidecars injected at admission are not in the template, and not seen).
 */
public enum QosClass {
    GUARANTEED("Guaranteed"),
    BURSTABLE("Burstable"),
    BEST_EFFORT("BestEffort");

    private final String shown;

    QosClass(String shown) {
        this.shown = shown;
    }

    public String shown() {
        return shown;
    }

    static QosClass before(WorkloadFacts workload) {
        return of(workload, List.of());
    }

    /** With every changing line of {@code verdicts} at its proposed value. */
    static QosClass after(WorkloadFacts workload, List<Verdict> verdicts) {
        return of(workload, verdicts);
    }

    private static QosClass of(WorkloadFacts workload, List<Verdict> verdicts) {
        boolean any = false;
        boolean guaranteed = true;
        for (ContainerSizingFacts c : workload.containers()) {
            for (Resource r : Resource.values()) {
                Map<Line.Field, Quantity> v = new EnumMap<>(Line.Field.class);
                Declared d = c.declared(r);
                if (d.request() != null) {
                    v.put(Line.Field.REQUEST, d.request());
                }
                if (d.limit() != null) {
                    v.put(Line.Field.LIMIT, d.limit());
                }
                verdicts.stream().filter(x -> x.container().equals(c.name())).flatMap(x -> x.lines().stream())
                        .filter(l -> l.resource() == r && l.status() == Line.Status.CHANGE && l.proposed() != null && l.inSource()).forEach(l -> v.put(l.field(), l.proposed()));
                Quantity limit = v.get(Line.Field.LIMIT);
                Quantity request = v.getOrDefault(Line.Field.REQUEST, limit);
                any |= request != null || limit != null;
                guaranteed &= limit != null && request != null && request.compareTo(limit) == 0;
            }
        }
        return !any ? BEST_EFFORT : guaranteed ? GUARANTEED : BURSTABLE;
    }
}
