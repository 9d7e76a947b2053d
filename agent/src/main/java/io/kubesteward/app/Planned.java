package io.kubesteward.app;

import io.kubesteward.gitops.LocalRepository;
import io.kubesteward.pipeline.PlanPipeline;
import io.kubesteward.report.Report;

/** One planning pass: what was read, what the pipeline made of it, and its report. */
record Planned(LocalRepository.Contents contents, PlanPipeline.Result result, Report report) {
}
