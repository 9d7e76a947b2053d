package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's HTML report in a real browser (Debian's Chromium, headless): with its script taken
 * out (headless Chromium takes no screenshot with scripts switched off), the screenshot shows each
 * picture, counted by the pixels of its own colours; with the script, a sorted link sorts. {@code mvn -Pbrowser verify}; CI runs it when Chromium is installed.
 */
class HtmlReportBrowserIT {
    private static final Path DEMO = Path.of("..", "examples", "gitops-repo");
    private static final Path SNAPSHOT = Path.of("..", "examples", "cluster-snapshot");

    @TempDir
    static Path dir;
    private static Path page;

    private static Path chromium() {
        Path browser = Path.of(System.getProperty("steward.chromium", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(browser), "no Chromium at " + browser + " (apt-get install chromium)");
        return browser;
    }

    @BeforeAll
    static void renderTheDemo() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "html"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(0, exit, err.toString());
        page = Files.writeString(dir.resolve("report.html"), out.toString());
    }

    @Test
    void withoutItsScriptTheScreenshotShowsEveryPicture() throws Exception {
        String html = Files.readString(page);
        Path scriptless = Files.writeString(dir.resolve("scriptless.html"),
                html.substring(0, html.indexOf("<script>")) + html.substring(html.indexOf("</script>") + "</script>".length()));
        Path png = dir.resolve("report.png");
        browse(List.of("--window-size=1280,7000", "--screenshot=" + png), scriptless.toUri().toString());
        BufferedImage shot = ImageIO.read(png.toFile());
        assertTrue(shot != null && shot.getWidth() == 1280, "a screenshot was taken");
        // each at least three times what its legend's sample takes, so the legend alone is not enough
        Map<String, Picture> pictures = Map.of(
                "version lag bars", new Picture(LagChart.BAR, 1000),
                "newest allowed markers", new Picture(LagChart.ALLOWED, 350),
                "add-ons in Git", new Picture(AddonChart.MANAGED, 1000),
                "add-ons not in Git", new Picture(AddonChart.UNMANAGED, 1000),
                "savings bars", new Picture(SavingsChart.SAVING, 1000),
                "VPA bounds", new Picture(ResourceChart.BAND, 1000),
                "VPA targets", new Picture(ResourceChart.TARGET, 400));
        List<String> missing = new ArrayList<>();
        pictures.forEach((name, picture) -> {
            int pixels = count(shot, rgb(picture.colour()));
            if (pixels < picture.minPixels()) {
                missing.add(name + " (" + pixels + " pixels of " + picture.colour() + ")");
            }
        });
        assertEquals(List.of(), missing, "pictures not seen in " + png);
    }

    @Test
    void withScriptsALinkToASortedTableSortsIt() throws Exception {
        String dom = browse(List.of("--dump-dom"), page.toUri() + "#sort=declarations-table:6");
        assertTrue(dom.contains("aria-sort=\"ascending\""), "the header is marked sorted");
        String table = dom.substring(dom.indexOf("id=\"declarations-table\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        List<String> newer = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(?:<td[^>]*>.*?</td>){6}<td[^>]*>([^<]*)</td>").matcher(table);
        while (row.find()) {
            newer.add(row.group(1));
        }
        assertEquals(List.of("", "", "", "0", "1", "2", "2", "3"), newer, "rows by the number of newer releases, unknown first");
    }

    private record Picture(String colour, int minPixels) {
    }

    private static String browse(List<String> flags, String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(flags);
        command.add(url);
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
