package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;

/** A registered secret never reaches a log line, wherever it hides in the logging call. */
class RedactionCanaryTest {
    private static final String CANARY = "canary-7f3a9c1e-secret";

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void aRegisteredSecretIsMaskedEverywhere(LogFormat format) {
        CapturedLog log = new CapturedLog().format(format);
        log.redactor.register(CANARY);
        Logger logger = log.logger("io.kubesteward.forge.github.Something");
        log.mdc.put("ctx", "mdc " + CANARY);
        logger.info("message " + CANARY);
        logger.info("argument {}", CANARY);
        logger.atInfo().addKeyValue("token", CANARY).addKeyValue("obj", new StringBuilder(CANARY)).log("fields");
        logger.warn("exception", new IllegalStateException("failed with " + CANARY, new RuntimeException("cause " + CANARY)));
        logger.error("library", new Exception(CANARY));

        String out = log.text();
        assertFalse(out.contains(CANARY), out);
        assertFalse(out.contains("7f3a9c1e"), out);
        assertTrue(out.contains("message ***") && out.contains("argument ***"), out);
    }

    @Test
    void credentialsNobodyRegisteredAreMaskedByTheirShape() {
        SecretRedactor r = new SecretRedactor();
        assertEquals("cloning https://***@github.com/org/repo.git", r.scrub("cloning https://x-access-token:s3cr3t@github.com/org/repo.git"));
        assertEquals("header Authorization: Bearer ***", r.scrub("header Authorization: Bearer abc.def.ghi"));
        assertEquals("{\"authorization\":\"Basic ***\"}", r.scrub("{\"authorization\":\"Basic dXNlcjpwYXNz\"}"));
        assertEquals("token *** rejected", r.scrub("token ghp_0123456789abcdefghijABCDEFGHIJ012345 rejected"));
        assertEquals("token *** rejected", r.scrub("token glpat-0123456789abcdefghij rejected"));
        assertEquals("sent bearer *** to x", r.scrub("sent bearer eyJhbGciOiJIUzI1NiJ9.e30 to x"));
        assertEquals("plain text about a bearer of news", r.scrub("plain text about a bearer of news"));
    }

    @Test
    void shortValuesAreNotRegisteredAndLongerSecretsWinOverTheirParts() {
        SecretRedactor r = new SecretRedactor();
        r.register("abc");
        r.register(null);
        assertEquals("abc is a word", r.scrub("abc is a word"));
        r.register("pass");
        r.register("password123");
        assertEquals("*** and ***", r.scrub("password123 and pass"));
    }
}
