package io.kubesteward.report;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GoldenRenderingTest {
    private final Report report = ReportFixture.report();

    @Test
    void tableMatchesGolden() throws IOException {
        Goldens.assertMatches("table.txt", render("table"));
    }

    @Test
    void jsonMatchesGolden() throws IOException {
        Goldens.assertMatches("report.json", render("json"));
    }

    @Test
    void markdownMatchesGolden() throws IOException {
        Goldens.assertMatches("report.md", render("markdown"));
    }

    @Test
    void tsvMatchesGolden() throws IOException {
        Goldens.assertMatches("plan.tsv", render("tsv"));
    }

    @Test
    void minorPullRequestBodyMatchesGolden() throws IOException {
        Goldens.assertMatches("pr-body.md", body(ReportFixture.MINOR_BRANCH));
    }

    @Test
    void majorPullRequestBodyMatchesGolden() throws IOException {
        Goldens.assertMatches("pr-body-major.md", body(ReportFixture.MAJOR_BRANCH));
    }

    @Test
    void patchPullRequestBodyMatchesGolden() throws IOException {
        Goldens.assertMatches("pr-body-patch.md", body(ReportFixture.PATCH_BRANCH));
    }

    private String render(String format) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.named(format).render(report, out);
        return out.toString();
    }

    private String body(String branch) throws IOException {
        StringWriter out = new StringWriter();
        PullRequestBody.render(ReportFixture.proposal(report, branch), out);
        return out.toString();
    }
}
