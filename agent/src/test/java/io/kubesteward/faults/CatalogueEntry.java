package io.kubesteward.faults;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks the test of one entry of the bad-input and fault catalogue ({@code docs/fault-catalogue.md},
 * from part B10 of the security research). The tag lets the catalogue run as a suite of its own:
 * {@code mvn -B verify -Dgroups=fault-catalogue}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("fault-catalogue")
public @interface CatalogueEntry {
    /** The numbers of the entries in the table this test covers. */
    int[] value();
}
