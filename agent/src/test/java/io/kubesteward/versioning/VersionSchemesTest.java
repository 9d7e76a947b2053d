package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionSchemesTest {

    @Test
    void findsHelmByItsId() {
        assertEquals("helm", VersionSchemes.helm().id());
        assertTrue(VersionSchemes.helm() instanceof HelmVersioning);
        assertSame(VersionSchemes.helm(), VersionSchemes.byId("helm"));
    }

    @Test
    void namesTheKnownSchemesWhenAskedForAnUnknownOne() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> VersionSchemes.byId("npm"));

        assertTrue(error.getMessage().startsWith("unknown version scheme 'npm'; known schemes: helm"), error.getMessage());
    }

    @Test
    void doesNotMatchIdsLoosely() {
        assertThrows(IllegalArgumentException.class, () -> VersionSchemes.byId("Helm"));
        assertThrows(IllegalArgumentException.class, () -> VersionSchemes.byId(" helm"));
        assertThrows(IllegalArgumentException.class, () -> VersionSchemes.byId(null));
    }
}
