package io.kubesteward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    /** Amounts in base units, and the canonical text apimachinery's Quantity.String() gives for each. */
    @ParameterizedTest(name = "{0} = {1}, canonical {2}")
    @CsvSource(delimiter = '|', textBlock = """
            262144k    | 262144000            | 262144k
            0.5        | 0.5                  | 500m
            500m       | 0.5                  | 500m
            1Gi        | 1073741824           | 1Gi
            1e3        | 1000                 | 1e3
            100M       | 100000000            | 100M
            1.5Gi      | 1610612736           | 1536Mi
            2048Ki     | 2097152              | 2Mi
            1000m      | 1                    | 1
            1          | 1                    | 1
            1000       | 1000                 | 1k
            1024       | 1024                 | 1024
            1.5        | 1.5                  | 1500m
            0          | 0                    | 0
            0Mi        | 0                    | 0
            0.5Ki      | 512                  | 512
            1.5Ki      | 1536                 | 1536
            1Ki        | 1024                 | 1Ki
            12e6       | 12000000             | 12e6
            1.5e3      | 1500                 | 1500
            1E3        | 1000                 | 1e3
            1e-3       | 0.001                | 1e-3
            1e+3       | 1000                 | 1e3
            1E         | 1000000000000000000  | 1E
            2P         | 2000000000000000     | 2P
            100n       | 0.0000001            | 100n
            123456789n | 0.123456789          | 123456789n
            0.1m       | 0.0001               | 100u
            10u        | 0.00001              | 10u
            1.1n       | 0.000000002          | 2n
            .5         | 0.5                  | 500m
            +.5        | 0.5                  | 500m
            1.         | 1                    | 1
            -1         | -1                   | -1
            -500m      | -0.5                 | -500m
            +1Gi       | 1073741824           | 1Gi
            007        | 7                    | 7
            1.0Gi      | 1073741824           | 1Gi
            1536Mi     | 1610612736           | 1536Mi
            8Ti        | 8796093022208        | 8Ti
            1Ei        | 1152921504606846976  | 1Ei
            '  64Mi '  | 67108864             | 64Mi
            """)
    @CatalogueEntry(60)
    void parses_every_form_the_api_server_accepts(String text, String amount, String canonical) {
        Quantity q = Quantity.parse(text);
        assertEquals(0, new BigDecimal(amount).compareTo(q.amount()), () -> text + " → " + q.amount());
        assertEquals(canonical, q.canonical());
        assertEquals(q, Quantity.parse(canonical), "the canonical form parses back to the same value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1Mb", "1 Gi", "1e", "Gi", ".", "1.2.3", "--1", "1e1.5", "1ee1", "1KI", "1K", "0x10",
            "1i", "1mi", "1GiB", "1,5", "1e999", "∞", "1m1"})
    void rejects_what_the_api_server_rejects_with_a_sentence(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void null_is_not_a_quantity() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse(null));
    }

    @Test
    void equal_amounts_are_equal_whatever_the_text() {
        assertEquals(Quantity.parse("1Gi"), Quantity.parse("1024Mi"));
        assertEquals(Quantity.parse("1Gi").hashCode(), Quantity.parse("1073741824").hashCode());
        assertEquals(Quantity.parse("0.5"), Quantity.parse("500m"));
        assertNotEquals(Quantity.parse("1G"), Quantity.parse("1Gi"));
        assertTrue(Quantity.parse("1G").isBelow(Quantity.parse("1Gi")));
        assertEquals("0.5", Quantity.parse("0.5").text(), "the text as written is kept");
    }

    @Test
    void arithmetic_is_exact_and_rounds_up_to_the_nano() {
        Quantity mem = Quantity.parse("910Mi");
        assertEquals(0, new BigDecimal("1046.5").compareTo(mem.times(new BigDecimal("1.15")).mebibytes()));
        assertEquals(Quantity.parse("340m"), Quantity.parse("170m").scaled(Quantity.parse("2"), Quantity.parse("1")));
        assertEquals(Quantity.parse("1n"), Quantity.parse("1n").times(new BigDecimal("0.5")), "half a nano rounds up");
        assertEquals(Quantity.parse("333333334n"), Quantity.parse("1").scaled(Quantity.parse("1"), Quantity.parse("3")));
        assertEquals(Quantity.parse("1536Mi"), Quantity.parse("1Gi").plus(Quantity.parse("512Mi")));
        assertEquals(Quantity.parse("-512Mi"), Quantity.parse("512Mi").minus(Quantity.parse("1Gi")));
        assertEquals("1536Mi", Quantity.parse("1Gi").plus(Quantity.parse("512Mi")).text(), "computed values carry canonical text");
        assertEquals(Quantity.parse("2"), Quantity.parse("500m").max(Quantity.parse("2")));
        assertEquals(new BigDecimal("0.500000000000"), Quantity.parse("1Gi").ratioTo(Quantity.parse("2Gi")));
    }

    /** A new value written in the style of the value it replaces. */
    @ParameterizedTest(name = "{1} in the style of {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            250m       | 500m       | 500m
            1000m      | 0.17       | 170m
            1          | 500m       | 0.5
            1          | 170m       | 0.17
            2          | 2          | 2
            0.25       | 1          | 1
            1          | 1050m      | 1.05
            1          | 12500u     | 12500u
            1          | 12.5m      | 12500u
            2Gi        | 1088Mi     | 1088Mi
            2Gi        | 4Gi        | 4Gi
            2Gi        | 8448Mi     | 8448Mi
            1.5Gi      | 1.75Gi     | 1.75Gi
            1.5Gi      | 1088Mi     | 1088Mi
            512Mi      | 2Gi        | 2048Mi
            512Mi      | 1046.5Mi   | 1071616Ki
            262144k    | 704Mi      | 704Mi
            262144k    | 300M       | 300000k
            100M       | 104Mi      | 104Mi
            100M       | 200M       | 200M
            1G         | 2Gi        | 2Gi
            1073741824 | 1088Mi     | 1140850688
            1e9        | 2e9        | 2e9
            1e9        | 1088Mi     | 1088Mi
            64Mi       | 0          | 0Mi
            not-a-qty  | 1088Mi     | 1088Mi
            """)
    @CatalogueEntry(60)
    void writes_a_new_value_in_the_existing_style(String existing, String value, String expected) {
        String written = Quantity.parse(value).formatLike(existing);
        assertEquals(expected, written);
        assertEquals(Quantity.parse(value), Quantity.parse(written), "formatting never changes the value");
    }

    @Test
    void without_an_existing_value_writes_the_canonical_form() {
        assertEquals("1088Mi", Quantity.ofMebibytes(new BigDecimal("1088")).formatLike(null));
        assertEquals("170m", Quantity.ofMillis(170).formatLike(null));
        assertEquals("2Gi", Quantity.ofBytes(2L << 30).formatLike(null));
    }
}
