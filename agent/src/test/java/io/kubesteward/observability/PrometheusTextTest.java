package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesteward.observability.MetricFamily.Sample;
import io.kubesteward.observability.MetricFamily.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void theTextFormat() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("schedule", "up\"grades");
        labels.put("action", "a\\b\nc");
        String text = PrometheusText.render(List.of(
                new MetricFamily("steward_runs_total", "Runs, by outcome.\nSecond line \\ here", Type.COUNTER,
                        List.of(new Sample(labels, 3), new Sample(Map.of(), 0.25))),
                new MetricFamily("steward_empty", "Left out.", Type.GAUGE, List.of()),
                new MetricFamily("steward_up", "Up.", Type.GAUGE, List.of(new Sample(Map.of(), 1)))));
        assertEquals("""
                # HELP steward_runs_total Runs, by outcome.\\nSecond line \\\\ here
                # TYPE steward_runs_total counter
                steward_runs_total{schedule="up\\"grades",action="a\\\\b\\nc"} 3
                steward_runs_total 0.25
                # HELP steward_up Up.
                # TYPE steward_up gauge
                steward_up 1
                """, text);
    }

    @Test
    void numbers() {
        assertEquals("1764212400", PrometheusText.number(1_764_212_400));
        assertEquals("1.764212400123E9", PrometheusText.number(1_764_212_400.123));
        assertEquals("NaN", PrometheusText.number(Double.NaN));
        assertEquals("+Inf", PrometheusText.number(Double.POSITIVE_INFINITY));
        assertEquals("-2", PrometheusText.number(-2));
    }

    @Test
    void namesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("steward-runs", "x", Type.GAUGE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("steward_runs", "x", Type.COUNTER, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Sample(Map.of("bad-label", "x"), 1));
        assertThrows(IllegalArgumentException.class, () -> new Sample(Map.of("__reserved", "x"), 1));
    }
}
