package io.kubesteward.gitops.jgit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.GitCredentials;
import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.Test;

class ScrubberTest {
    private static final String TOKEN = "ghs_a+b/c=canary";
    private final Scrubber scrubber = new Scrubber(GitCredentials.token(null, TOKEN));

    @CatalogueEntry(57)
    @Test
    void masksTheTokenInEveryFormATransportMayEchoIt() {
        String basic = Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        String text = "token " + TOKEN + ", encoded ghs_a%2Bb%2Fc%3Dcanary, header Basic " + basic
                + ", url https://x-access-token:whatever@github.com/org/repo.git";
        assertEquals("token ***, encoded ***, header Basic ***, url https://github.com/org/repo.git", scrubber.scrub(text));
    }

    @Test
    void failuresCarryTheTidiedScrubbedReasonAndNoCause() {
        String uri = "https://github.com/org/repo.git";
        TransportException e = new TransportException(uri + ": cannot open git-upload-pack (" + TOKEN + ")",
                new IOException("wrapped", new ConnectException("Connection refused")));
        WorkspaceFailure failure = GitFailures.of("cannot fetch from " + uri, uri, e, scrubber, false);
        assertEquals("cannot fetch from https://github.com/org/repo.git: cannot open git-upload-pack (***): wrapped:"
                + " Connection refused. Check the host name, the network path and any proxy; or raise the git timeout",
                failure.getMessage().substring(0, failure.getMessage().length() - 1));
        assertFalse(failure.getMessage().contains(TOKEN));
        assertNull(failure.getCause());
    }
}
