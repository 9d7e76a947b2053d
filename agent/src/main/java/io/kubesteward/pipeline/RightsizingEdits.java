package io.kubesteward.pipeline;

import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.List;

/** The port to the editor for rightsizing: the repository's files and one proposal → the files it changes or adds, or why not. */
@FunctionalInterface
public interface RightsizingEdits {
    ProposalEdits.Edited edit(List<SourceFile> files, RightsizingProposal proposal);
}
