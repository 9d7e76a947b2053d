package io.kubesteward.declarations.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import org.junit.jupiter.api.Test;

class ImageTextFormsTest {
    private final ScannedRepo repo = ScannedRepo.scan("images-text-forms");

    @Test
    void crlfLineEndingsStayOutsideTagAndDigest() {
        String file = "crlf.yaml";
        assertTrue(repo.content(file).contains("\r\n"), "fixture lost its CRLF line endings");

        Declaration app = repo.only(file, "ghcr.io/acme/app");
        repo.assertVersion(app, "1.2.3");
        assertEquals(app.currentDigest(), app.digestSpan().cut(repo.content(file)));
        assertEquals('\r', repo.content(file).charAt(app.digestSpan().end()));
        assertEquals(10, app.span().line());
        Declaration nginx = repo.only(file, "nginx");
        repo.assertVersion(nginx, "1.25.3");
        assertEquals(":\"", repo.around(nginx));
    }

    @Test
    void supplementaryCharactersBeforeTheValueDoNotShiftTheSpans() {
        String file = "emoji.yaml";
        String content = repo.content(file);
        assertTrue(content.codePointCount(0, content.length()) < content.length(), "fixture lost its emoji");

        Declaration nginx = repo.only(file, "nginx");
        repo.assertVersion(nginx, "1.25.3");
        assertEquals(8, nginx.span().line());
        assertEquals(35, nginx.span().column());
        Declaration app = repo.only(file, "ghcr.io/acme/app");
        repo.assertVersion(app, "2.0.0");
        assertEquals(app.currentDigest(), app.digestSpan().cut(content));
    }
}
