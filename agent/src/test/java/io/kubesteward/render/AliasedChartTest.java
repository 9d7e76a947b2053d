package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dependency renamed to its alias as Helm does, its Chart.yaml otherwise as written. */
class AliasedChartTest {
    private static ChartArchive chart(String chartYaml) {
        return new ChartArchive("redis", Map.of("Chart.yaml", chartYaml.getBytes(StandardCharsets.UTF_8)), List.of());
    }

    @Test
    void only_the_name_changes_and_a_version_like_text_stays_as_written() {
        String yaml = "apiVersion: v2\nname: \"redis\"  # the chart\nversion: 18.6.1\nappVersion: 1.10\n";
        assertEquals("apiVersion: v2\nname: \"cache\"  # the chart\nversion: 18.6.1\nappVersion: 1.10\n",
                AliasedChart.as(chart(yaml), "cache").text("Chart.yaml").orElseThrow());
    }

    @Test
    void a_chart_already_named_so_is_returned_as_it_is() {
        ChartArchive same = chart("name: cache\nversion: 1.0.0\n");
        assertSame(same, AliasedChart.as(same, "cache"));
    }
}
