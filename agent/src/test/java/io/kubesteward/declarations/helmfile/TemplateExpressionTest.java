package io.kubesteward.declarations.helmfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.kubesteward.declarations.helmfile.TemplateExpression.Env;
import io.kubesteward.declarations.helmfile.TemplateExpression.EnvWithDefault;
import io.kubesteward.declarations.helmfile.TemplateExpression.Other;
import io.kubesteward.declarations.helmfile.TemplateExpression.RequiredEnv;
import io.kubesteward.declarations.helmfile.TemplateExpression.ValuesReference;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateExpressionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ .Values.chart.version }}", "{{.Values.chart.version}}", "{{- .Values.chart.version -}}",
            "{{ $.Values.chart.version | quote }}", "{{ .StateValues.chart.version }}",
            "{{ .Environment.Values.chart.version | squote }}"})
    void stateValues(String action) {
        ValuesReference reference = assertInstanceOf(ValuesReference.class, TemplateExpression.parse(action));
        assertEquals(List.of("chart", "version"), reference.keys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ env \"V\" | default \"1.2.3\" }}", "{{- env \"V\" | default \"1.2.3\" | quote -}}"})
    void environmentVariableWithDefault(String action) {
        EnvWithDefault env = assertInstanceOf(EnvWithDefault.class, TemplateExpression.parse(action));
        assertEquals("V", env.variable());
        assertEquals("1.2.3", action.substring(env.valueStart(), env.valueStart() + env.value().length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ requiredEnv \"V\" }}", "{{ requiredEnv \"V\" | quote }}"})
    void requiredEnvironmentVariable(String action) {
        assertEquals(new RequiredEnv("V"), TemplateExpression.parse(action));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ env \"V\" }}"})
    void environmentVariableWithoutDefault(String action) {
        assertEquals(new Env("V"), TemplateExpression.parse(action));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ .Values.v | upper }}", "{{ .Values.v | default \"1\" }}", "{{ index .Values \"v\" }}",
            "{{ coalesce (env \"A\") \"1\" }}", "{{ .Release.Name }}", "{{ env \"V\" | default .Values.v }}"})
    void everythingElse(String action) {
        assertInstanceOf(Other.class, TemplateExpression.parse(action));
    }
}
