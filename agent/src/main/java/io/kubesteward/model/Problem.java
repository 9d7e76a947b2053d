package io.kubesteward.model;

/** Something wrong with an input file that the run reports and goes past: file:line:column, what, what to do. */
public record Problem(String file, int line, int column, String message) {
    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
