package io.kubesteward.rightsizing;

import java.util.List;
import java.util.stream.Collectors;

/** One or more rightsizing settings could not be read; each problem names the setting and the fix. */
public final class InvalidSettings extends IllegalArgumentException {
    private final transient List<SettingProblem> problems;

    public InvalidSettings(List<SettingProblem> problems) {
        super(problems.stream().map(SettingProblem::oneLine).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
