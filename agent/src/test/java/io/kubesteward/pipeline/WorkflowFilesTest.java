package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowFilesTest {
    @CatalogueEntry(47)
    @Test
    void an_edit_that_touches_a_github_actions_workflow_fails_with_the_reason() {
        ProposalEdits.Edited edited = ProposalEdits.Edited.applied(List.of(new SourceFile("platform/Chart.yaml", "a"),
                new SourceFile(".GitHub/Workflows/deploy/Chart.yaml", "b")), List.of("note"));
        assertFalse(edited.ok());
        assertTrue(edited.changed().isEmpty(), "nothing is delivered");
        assertEquals(".GitHub/Workflows/deploy/Chart.yaml is a GitHub Actions workflow; Steward never edits CI workflows"
                + " (update it by hand; a packageRule with matchFiles: ['.github/workflows/**'] and enabled: false stops these proposals)", edited.failure());
    }

    @Test
    void other_files_under_github_are_edited() {
        ProposalEdits.Edited edited = ProposalEdits.Edited.applied(List.of(new SourceFile(".github/charts/Chart.yaml", "a")), List.of());
        assertTrue(edited.ok());
        assertEquals(1, edited.changed().size());
    }
}
