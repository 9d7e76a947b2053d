package io.kubesteward.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An edit's render against the render before: exactly the proposed resources change, the chart's random output aside. */
class ValuesEditCheckTest {
    private static String render(String cpu, String password, String job) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: apps}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          resources: {requests: {cpu: %s}}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: web, namespace: apps}
                data: {password: %s}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate-%s, namespace: apps}
                spec: {template: {spec: {containers: [{name: m, image: m}]}}}
                """.formatted(cpu, password, job);
    }

    private static final Map<String, Map<String, Map<String, String>>> EXPECTED =
            Map.of(ValuesEditCheck.key("Deployment", "apps", "web"), Map.of("web", Map.of("requests.cpu", "250m")));

    @Test
    void what_two_renders_of_the_same_values_give_differently_is_not_held_against_the_edit() {
        Set<String> unstable = ValuesEditCheck.unstable(render("100m", "YWFh", "x1"), render("100m", "YmJi", "x2"), "apps");
        ValuesEditCheck.Outcome outcome = ValuesEditCheck.check(render("100m", "YWFh", "x1"), render("250m", "Y2Nj", "x3"), "apps", EXPECTED,
                unstable);
        assertTrue(outcome.confirmed(), outcome.problems()::toString);
    }

    @Test
    void without_knowing_the_random_output_a_changed_secret_fails_without_showing_its_value() {
        ValuesEditCheck.Outcome outcome = ValuesEditCheck.check(render("100m", "YWFh", "x1"), render("250m", "Y2Nj", "x1"), "apps", EXPECTED);
        assertFalse(outcome.confirmed());
        assertEquals(1, outcome.problems().size(), outcome.problems()::toString);
        assertTrue(outcome.problems().get(0).contains("(a value) → (another value)") && !outcome.problems().get(0).contains("Y2Nj"),
                outcome.problems().get(0));
    }

    @Test
    void a_field_that_changes_beyond_the_proposal_fails_the_edit() {
        ValuesEditCheck.Outcome outcome = ValuesEditCheck.check(render("100m", "YWFh", "x1"), render("300m", "YWFh", "x1"), "apps", EXPECTED);
        assertFalse(outcome.confirmed());
        assertTrue(String.join("; ", outcome.problems()).contains("does not get requests.cpu 250m"), outcome.problems()::toString);
    }
}
