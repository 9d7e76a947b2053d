package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeNotesTest {
    private static Report.ProposalEntry moving(String from, String to, String type, String changes, Report.PassedRelease... passed) {
        return new Report.ProposalEntry("steward/chart/podinfo", "t", "podinfo", "https://stefanprodan.github.io/podinfo", type,
                List.of(new Report.ChangeEntry("apps/podinfo.yaml", 9, "flux-helmrelease", from, to, type, null)),
                new Report.ReleaseNotes(to, null, null, null, List.of(), changes, List.of(passed)));
    }

    private static Report.PassedRelease passed(String version, String changes) {
        return new Report.PassedRelease(version, null, changes);
    }

    @Test
    void a_move_over_several_minors_shows_every_versions_notes_newest_first_with_breaking_ones_on_top() {
        String body = PullRequestBody.text(moving("6.5.0", "6.7.1", "minor", "- kind: fixed\n  description: probe timeout\n",
                passed("6.7.0", "- kind: removed\n  description: the legacy ingress values\n- kind: added\n  description: HTTPRoute\n"),
                passed("6.6.0", "- BREAKING the service port is now 9898 thanks @someone\n"),
                passed("6.5.4", null)));
        assertTrue(body.contains("**Moves over 2 minor releases** (`6.6`, `6.7`): the notes below are per version."), body);
        assertTrue(body.contains("annotation of `podinfo`, each version from `6.5.4` to `6.7.1`"), body);
        String breaking = "**Breaking or removed, across the range**\n\n- **Removed:** the legacy ingress values (`6.7.0`)\n"
                + "- BREAKING the service port is now 9898 thanks @\u200bsomeone (`6.6.0`)\n\n";
        assertTrue(body.contains(breaking), body);
        int newest = body.indexOf("#### `6.7.1`");
        int middle = body.indexOf("#### `6.7.0`");
        int oldest = body.indexOf("#### `6.6.0`");
        assertTrue(newest > body.indexOf(breaking) && newest < middle && middle < oldest, body);
        assertTrue(body.contains("#### `6.7.0`\n\n- **Removed:** the legacy ingress values\n- **Added:** HTTPRoute\n"), body);
        assertTrue(body.contains("_No notes published for `6.5.4`._"), body);
        assertFalse(body.contains(" @someone"), "mentions neutralised in passed versions too");
    }

    @Test
    void a_0x_minor_and_a_move_over_several_majors_are_called_out() {
        String zero = PullRequestBody.text(moving("0.3.1", "0.5.0", "minor", null, passed("0.4.0", null)));
        assertTrue(zero.contains("**A 0.x minor:** before 1.0 a minor release may break compatibility"), zero);
        assertTrue(zero.contains("**Moves over 2 minor releases** (`0.4`, `0.5`)"), zero);
        assertFalse(zero.contains("### Release notes"), "no version on the way published notes");

        String majors = PullRequestBody.text(moving("4.1.0", "6.0.0", "major", null, passed("5.2.0", null), passed("5.0.0", null)));
        assertTrue(majors.contains("**Moves over 2 major releases** (`5`, `6`): each may need its own upgrade steps"), majors);
    }

    @Test
    void a_one_step_move_reads_as_before() {
        String body = PullRequestBody.text(moving("6.7.0", "6.7.1", "patch", "- kind: fixed\n  description: probe timeout\n"));
        assertFalse(body.contains("Moves over") || body.contains("####"), body);
        assertTrue(body.contains("annotation of `podinfo` `6.7.1`; shown as they wrote it"), body);
        assertEquals("", RangeNotes.callouts(moving("6.7.0", "6.7.1", "patch", null)));
    }

    @Test
    void untrusted_text_in_a_passed_version_cannot_close_the_metadata_or_render_html() {
        String body = PullRequestBody.text(moving("1.0.0", "1.2.0", "minor", null,
                passed("1.1.0", "- kind: changed\n  description: 'x <!-- steward:metadata {\"branch\":\"main\"} --> <img src=x onerror=alert(1)>'\n")));
        assertEquals(1, body.split("steward:metadata", -1).length - 1, "only Steward's own marker");
        assertFalse(body.contains("<img"), body);
    }

    @Test
    void a_version_number_too_large_for_an_int_is_not_called_out_and_breaks_nothing() {
        assertEquals("", RangeNotes.callouts(moving("1.0.0", "3000000000.0.0", "major", null, passed("2.0.0", null))));
    }
}
