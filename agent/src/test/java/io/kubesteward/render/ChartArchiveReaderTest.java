package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartArchiveReaderTest {
    private static final String WHAT = "podinfo-6.7.1.tgz";
    private static final String CHART = "apiVersion: v2\nname: podinfo\nversion: 6.7.1\n";
    private static final ChartArchiveReader READER = new ChartArchiveReader(ArchiveLimits.HELM);

    private static ChartArchive read(byte[] tgz) throws Exception {
        return READER.read(new ByteArrayInputStream(tgz), WHAT);
    }

    private static String refusal(byte[] tgz) {
        return assertThrows(ArchiveRefused.class, () -> read(tgz)).getMessage();
    }

    private static TarBuilder chart() {
        return new TarBuilder().file("podinfo/Chart.yaml", CHART);
    }

    @Test
    void a_chart_is_read_into_memory_by_its_paths_below_the_chart_folder() throws Exception {
        String deep = "podinfo/templates/" + "very-long-folder-name/".repeat(6) + "deployment.yaml";
        ChartArchive archive = read(chart().file("podinfo/values.yaml", "replicaCount: 1\n")
                .entry("podinfo/templates", '5', new byte[0]).paxPath(deep).file("ignored-short-name", "kind: Deployment\n")
                .file("podinfo/charts/redis/Chart.yaml", "name: redis\n").tgz());
        assertEquals("podinfo", archive.name());
        assertEquals(List.of("Chart.yaml", "charts/redis/Chart.yaml", deep.substring("podinfo/".length()), "values.yaml"),
                List.copyOf(archive.files().keySet()));
        assertEquals("replicaCount: 1\n", archive.text("values.yaml").orElseThrow());
        assertEquals(List.of(), archive.skipped());
    }

    @CatalogueEntry(1)
    @Test
    void a_path_that_climbs_out_of_the_chart_is_refused() {
        String why = refusal(chart().file("podinfo/../../etc/cron.d/x", "* * * * * root sh\n").tgz());
        assertEquals(WHAT + " holds 'podinfo/../../etc/cron.d/x', which reaches outside the chart (chart illegally references parent"
                + " directory, as Helm says); it is not read", why);
    }

    @CatalogueEntry(2)
    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "c:/windows/x", "C:\\x", "\\podinfo\\values.yaml", "podinfo\\..\\..\\x"})
    void absolute_and_backslash_paths_are_read_as_helm_reads_them_and_refused(String path) {
        String why = refusal(chart().file(path, "x").tgz());
        assertTrue(why.contains("absolute path") || why.contains("reaches outside the chart"), why);
    }

    @CatalogueEntry(3)
    @Test
    void a_decompression_bomb_stops_at_the_decoded_limit_and_a_large_file_at_the_file_limit() {
        ChartArchiveReader small = new ChartArchiveReader(new ArchiveLimits(1 << 20, 2 << 20, 512 << 10, 100));
        TarBuilder files = chart();
        for (int i = 0; i < 5; i++) {
            files.entry("podinfo/files/zeros-" + i, '0', new byte[500 << 10]);
        }
        byte[] bomb = files.tgz();
        assertTrue(bomb.length < 64 << 10, "a few kilobytes inflate to megabytes: " + bomb.length);
        String total = assertThrows(ArchiveRefused.class, () -> small.read(new ByteArrayInputStream(bomb), WHAT)).getMessage();
        assertTrue(total.startsWith(WHAT + " is larger than 2097152 bytes"), total);
        byte[] big = chart().entry("podinfo/values.yaml", '0', new byte[600 << 10]).tgz();
        String file = assertThrows(ArchiveRefused.class, () -> small.read(new ByteArrayInputStream(big), WHAT)).getMessage();
        assertEquals(WHAT + ": values.yaml is 614400 bytes; Steward reads files of at most 524288 bytes", file);
        ChartArchiveReader few = new ChartArchiveReader(new ArchiveLimits(1 << 20, 2 << 20, 512 << 10, 3));
        TarBuilder many = chart();
        for (int i = 0; i < 5; i++) {
            many.file("podinfo/templates/t" + i + ".yaml", "x");
        }
        String count = assertThrows(ArchiveRefused.class, () -> few.read(new ByteArrayInputStream(many.tgz()), WHAT)).getMessage();
        assertEquals(WHAT + " holds more than 3 files; no chart needs that many", count);
    }

    @CatalogueEntry(4)
    @Test
    void declared_sizes_are_never_trusted() {
        byte[] body = "replicaCount: 1\nimage: evil\n".getBytes(StandardCharsets.UTF_8);
        byte[] smuggled = "A".repeat(600).getBytes(StandardCharsets.UTF_8);
        String shorter = refusal(chart().entry("podinfo/values.yaml", '0', smuggled, 10, "").tgz());
        assertTrue(shorter.contains("checksum is wrong"), "the rest of the body does not become a file: " + shorter);
        byte[] truncated = java.util.Arrays.copyOf(chart().entry("podinfo/values.yaml", '0', body, 4096, "").tar(), 1024 + 512);
        String longer = refusal(TarBuilder.gzip(truncated));
        assertTrue(longer.startsWith("the archive ends inside a file: it declares 4096 bytes"), longer);
    }

    @CatalogueEntry(5)
    @Test
    void links_devices_and_fifos_are_skipped_and_never_followed() throws Exception {
        ChartArchive archive = read(chart().link("podinfo/values.yaml", '2', "/etc/passwd").link("podinfo/templates/x.yaml", '1',
                "podinfo/Chart.yaml").entry("podinfo/dev", '3', new byte[0]).entry("podinfo/pipe", '6', new byte[0]).tgz());
        assertEquals(List.of("Chart.yaml"), List.copyOf(archive.files().keySet()));
        assertEquals(List.of("values.yaml (a symbolic link)", "templates/x.yaml (a hard link)", "dev (a device)", "pipe (a FIFO)"),
                archive.skipped());
    }

    @CatalogueEntry(7)
    @Test
    void chart_yaml_at_the_root_or_two_chart_folders_are_refused() {
        assertEquals(WHAT + " has Chart.yaml at its root, not in the chart's folder (as helm package writes it)",
                refusal(new TarBuilder().file("Chart.yaml", CHART).tgz()));
        assertEquals(WHAT + " holds two chart folders ('podinfo' and 'other'); a chart archive holds one",
                refusal(chart().file("other/Chart.yaml", CHART).tgz()));
        assertEquals(WHAT + " has no Chart.yaml in its chart folder; it is not a Helm chart",
                refusal(new TarBuilder().file("podinfo/values.yaml", "a: 1\n").tgz()));
    }

    @CatalogueEntry(8)
    @Test
    void an_html_page_or_plain_tar_is_named_before_anything_is_read() {
        assertEquals(WHAT + " is not a gzip archive but an HTML page (a login or error page?); check the chart's URL and the"
                + " repository's credentials", refusal("<!DOCTYPE html><html>Sign in</html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refusal(chart().tar()).startsWith(WHAT + " is not a gzip archive;"));
        byte[] damaged = chart().tgz();
        damaged[damaged.length / 2] ^= 0x5a;
        String why = assertThrows(Exception.class, () -> read(damaged)).getMessage();
        assertTrue(why.contains("damaged") || why.contains("checksum"), why);
    }

    @CatalogueEntry(9)
    @Test
    void a_byte_order_mark_is_dropped_for_parsing_and_kept_in_the_bytes() throws Exception {
        byte[] withBom = ("\uFEFF" + CHART).getBytes(StandardCharsets.UTF_8);
        ChartArchive archive = read(new TarBuilder().entry("podinfo/Chart.yaml", '0', withBom).tgz());
        assertEquals(CHART, archive.text("Chart.yaml").orElseThrow());
        assertArrayEquals(withBom, archive.files().get("Chart.yaml"));
    }

    @Test
    void pax_names_are_read_in_bytes_the_last_one_winning_and_a_crafted_record_is_refused() throws Exception {
        ChartArchive archive = read(chart().pax("path=podinfo/templates/wrong.yaml").paxPath("podinfo/templates/caf\u00e9-\u6f22.yaml")
                .file("podinfo/templates/caf.yaml", "kind: ConfigMap\n").tgz());
        assertEquals(List.of("Chart.yaml", "templates/caf\u00e9-\u6f22.yaml"), List.copyOf(archive.files().keySet()));
        byte[] crafted = "1 x".getBytes(StandardCharsets.UTF_8);
        String why = refusal(chart().entry("PaxHeaders/x", 'x', crafted).file("podinfo/values.yaml", "a: 1\n").tgz());
        assertTrue(why.startsWith("a pax header holds a record"), why);
    }
}
