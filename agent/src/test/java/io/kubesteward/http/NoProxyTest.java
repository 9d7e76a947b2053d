package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoProxyTest {
    @Test
    void names_match_themselves_and_their_subdomains_in_every_spelling() {
        for (String spelling : new String[] {"example.com", ".example.com", "*.example.com", "EXAMPLE.com:443"}) {
            NoProxy rule = NoProxy.parse("internal.test, " + spelling);
            assertTrue(rule.direct("example.com", 443), spelling);
            assertTrue(rule.direct("charts.example.com", 443), spelling);
            assertFalse(rule.direct("notexample.com", 443), spelling);
            assertFalse(rule.direct("example.com.evil.test", 443), spelling);
        }
    }

    @Test
    void addresses_and_cidr_blocks_of_both_families() {
        NoProxy rule = NoProxy.parse("10.0.0.0/8 192.168.1.7,fd00::/8,[2001:db8::1]:8443");
        assertTrue(rule.direct("10.20.30.40", 443));
        assertFalse(rule.direct("11.0.0.1", 443));
        assertTrue(rule.direct("192.168.1.7", 80));
        assertFalse(rule.direct("192.168.1.8", 80));
        assertTrue(rule.direct("[fd12:3456::1]", 443));
        assertTrue(rule.direct("2001:db8::1", 8443));
        assertFalse(rule.direct("2001:db8::1", 443), "the port is part of the entry");
    }

    @Test
    void loopback_always_and_star_for_everything() {
        NoProxy none = NoProxy.parse("");
        assertTrue(none.direct("127.0.0.1", 80));
        assertTrue(none.direct("localhost", 80));
        assertTrue(none.direct("[::1]", 80));
        assertFalse(none.direct("charts.example.com", 443));
        assertTrue(NoProxy.parse("*").direct("charts.example.com", 443));
    }

    @Test
    void a_name_that_looks_numeric_is_not_mistaken_for_an_address() {
        NoProxy rule = NoProxy.parse("1.2.3");
        assertFalse(rule.direct("1.2.3.4", 443));
        assertTrue(rule.direct("x.1.2.3", 443));
    }

    @Test
    void a_port_on_a_name_limits_it_to_that_port_and_a_bad_port_is_named() {
        NoProxy rule = NoProxy.parse("example.com:8443");
        assertTrue(rule.direct("charts.example.com", 8443));
        assertFalse(rule.direct("charts.example.com", 443));
        for (String bad : new String[] {"example.com:99999999999", "[::1]:", "host:0", "10.0.0.1:70000"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> NoProxy.parse(bad));
            assertTrue(e.getMessage().startsWith("NO_PROXY holds '"), e.getMessage());
        }
    }

    @Test
    void an_address_with_an_octet_over_255_is_a_name_never_looked_up() {
        NoProxy rule = NoProxy.parse("999.1.1.1");
        assertFalse(rule.direct("10.0.0.1", 443));
        assertTrue(NoProxy.literal("999.1.1.1") == null);
    }
}
