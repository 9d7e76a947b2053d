package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPolicyTest {
    private static final MaintenanceWindow TOKYO_OFFICE =
            new MaintenanceWindow("tokyo-office", "* * 9-16 ? * MON-FRI", ZoneId.of("Asia/Tokyo"));
    private static final MaintenanceWindow BERLIN_OFFICE =
            new MaintenanceWindow("berlin-office", "* 9-16 * * 1-5", ZoneId.of("Europe/Berlin"));

    @Test
    void withoutWindowsPullRequestsMayAlwaysBeTouched() {
        WindowDecision d = WindowPolicy.always().at(Instant.parse("2026-11-21T03:00:00Z"));
        assertTrue(d.open());
        assertNull(d.window());
        assertEquals("no maintenance window is set", d.explanation());
    }

    @Test
    void outsideEveryWindowTheReportSaysWhenTheNextOneOpens() {
        WindowDecision d = new WindowPolicy(List.of(TOKYO_OFFICE)).at(Instant.parse("2026-11-21T03:00:00Z"));
        assertFalse(d.open());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), d.opens());
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), d.closes());
        assertEquals("outside the maintenance window 'tokyo-office' (* * 9-16 ? * MON-FRI, Asia/Tokyo): planned only; the pull "
                + "request is opened or updated by a run in the window, next from Mon 2026-11-23 09:00 Asia/Tokyo "
                + "(2026-11-23T00:00:00Z)", d.explanation());
    }

    @Test
    void anyOpenWindowWillDoAndTheEarliestNextOneIsNamed() {
        WindowPolicy both = new WindowPolicy(List.of(TOKYO_OFFICE, BERLIN_OFFICE));
        // Monday 10:00 in Berlin is 18:00 in Tokyo
        WindowDecision berlinOpen = both.at(Instant.parse("2026-11-23T09:00:00Z"));
        assertTrue(berlinOpen.open());
        assertEquals("berlin-office", berlinOpen.window().name());
        assertEquals("inside the maintenance window 'berlin-office' (* 9-16 * * 1-5, Europe/Berlin), until Mon 2026-11-23 17:00 "
                + "Europe/Berlin", berlinOpen.explanation());
        // Saturday: Tokyo's Monday morning comes before Berlin's
        WindowDecision weekend = both.at(Instant.parse("2026-11-21T12:00:00Z"));
        assertFalse(weekend.open());
        assertEquals("tokyo-office", weekend.window().name());
    }

    @Test
    void aWindowThatNeverOpensAgainIsCalledOut() {
        MaintenanceWindow past = new MaintenanceWindow("freeze-2020", "* * * ? * * 2020", ZoneId.of("UTC"));
        WindowDecision d = new WindowPolicy(List.of(past)).at(Instant.parse("2026-11-21T12:00:00Z"));
        assertFalse(d.open());
        assertNull(d.opens());
        assertTrue(d.explanation().contains("never opens again"), d.explanation());
    }
}
