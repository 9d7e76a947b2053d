package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** "open PRs on weekdays 9–17 Asia/Tokyo" */
    private final MaintenanceWindow office = new MaintenanceWindow("office-hours", "* * 9-16 ? * MON-FRI", TOKYO);

    @Test
    void weekdaysNineToFiveInTokyo() {
        // Monday 2026-11-23 09:00 JST is 00:00 UTC
        assertTrue(office.isOpen(Instant.parse("2026-11-23T00:00:00Z")));
        assertFalse(office.isOpen(Instant.parse("2026-11-22T23:59:59Z")));
        assertTrue(office.isOpen(Instant.parse("2026-11-23T07:59:59Z")));
        assertFalse(office.isOpen(Instant.parse("2026-11-23T08:00:00Z")), "17:00 closes it: hour 16 is the last");
        assertFalse(office.isOpen(Instant.parse("2026-11-21T03:00:00Z")), "Saturday noon");
    }

    @Test
    void theDayIsTheDayInTheWindowsZoneNotInUtc() {
        MaintenanceWindow weekdaysTokyo = new MaintenanceWindow("weekdays", "* * * ? * MON-FRI", TOKYO);
        MaintenanceWindow weekdaysUtc = new MaintenanceWindow("weekdays", "* * * ? * MON-FRI", ZoneId.of("UTC"));
        Instant fridayUtcSaturdayTokyo = Instant.parse("2026-11-20T16:00:00Z");
        assertFalse(weekdaysTokyo.isOpen(fridayUtcSaturdayTokyo));
        assertTrue(weekdaysUtc.isOpen(fridayUtcSaturdayTokyo));
        Instant sundayUtcMondayTokyo = Instant.parse("2026-11-22T15:00:00Z");
        assertTrue(weekdaysTokyo.isOpen(sundayUtcMondayTokyo));
        assertFalse(weekdaysUtc.isOpen(sundayUtcMondayTokyo));
    }

    @Test
    void unixCronWorksForWindowsToo() {
        MaintenanceWindow unix = new MaintenanceWindow("office-hours", "* 9-16 * * 1-5", TOKYO);
        assertTrue(unix.isOpen(Instant.parse("2026-11-23T00:00:30Z")));
        assertFalse(unix.isOpen(Instant.parse("2026-11-21T03:00:00Z")));
        assertEquals("* * 9-16 ? * 2-6", unix.quartzCron());
    }

    @Test
    void nextOpeningAndClosing() {
        Instant saturday = Instant.parse("2026-11-21T03:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-11-23T00:00:00Z")), office.nextOpen(saturday));
        assertEquals(Optional.of(Instant.parse("2026-11-23T08:00:00Z")), office.nextClose(saturday));
        Instant mondayTen = Instant.parse("2026-11-23T01:00:00Z");
        assertEquals(Optional.of(mondayTen), office.nextOpen(mondayTen));
        assertEquals(Optional.of(Instant.parse("2026-11-23T08:00:00Z")), office.nextClose(mondayTen));
    }

    @Test
    void summerTimeMovesTheWindowInUtc() {
        MaintenanceWindow nyOffice = new MaintenanceWindow("ny", "* * 9-16 ? * MON-FRI", NEW_YORK);
        // Friday 2026-03-06 is EST (UTC-5); Monday 2026-03-09 is EDT (UTC-4): summer time began on Sunday the 8th
        assertFalse(nyOffice.isOpen(Instant.parse("2026-03-06T13:59:59Z")));
        assertTrue(nyOffice.isOpen(Instant.parse("2026-03-06T14:00:00Z")));
        assertFalse(nyOffice.isOpen(Instant.parse("2026-03-09T12:59:59Z")));
        assertTrue(nyOffice.isOpen(Instant.parse("2026-03-09T13:00:00Z")));
        assertTrue(nyOffice.isOpen(Instant.parse("2026-03-09T20:59:59Z")));
        assertFalse(nyOffice.isOpen(Instant.parse("2026-03-09T21:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-03-09T13:00:00Z")), nyOffice.nextOpen(Instant.parse("2026-03-06T22:00:00Z")));
    }

    @Test
    void theRepeatedHourAtTheEndOfSummerTimeIsOpenBothTimes() {
        MaintenanceWindow oneAm = new MaintenanceWindow("one-am", "* * 1 ? * *", NEW_YORK);
        assertFalse(oneAm.isOpen(Instant.parse("2026-11-01T04:59:59Z")));
        assertTrue(oneAm.isOpen(Instant.parse("2026-11-01T05:30:00Z")), "01:30 EDT");
        assertTrue(oneAm.isOpen(Instant.parse("2026-11-01T06:30:00Z")), "01:30 EST, an hour later");
        assertFalse(oneAm.isOpen(Instant.parse("2026-11-01T07:00:00Z")), "02:00 EST");
    }

    @Test
    void theSkippedHourAtTheStartOfSummerTimeNeverOpens() {
        MaintenanceWindow twoAm = new MaintenanceWindow("two-am", "* * 2 ? * *", NEW_YORK);
        // 2026-03-08: 01:59:59 EST (06:59:59Z) is followed by 03:00 EDT (07:00Z)
        assertFalse(twoAm.isOpen(Instant.parse("2026-03-08T06:59:59Z")));
        assertFalse(twoAm.isOpen(Instant.parse("2026-03-08T07:00:00Z")));
        assertTrue(twoAm.isOpen(Instant.parse("2026-03-09T06:30:00Z")), "02:30 EDT the next day");
    }

    @Test
    void windowsWithoutEndAndWithoutFuture() {
        MaintenanceWindow always = new MaintenanceWindow("always", "* * * ? * *", TOKYO);
        assertEquals(Optional.empty(), always.nextClose(Instant.parse("2026-11-23T00:00:00Z")));
        MaintenanceWindow past = new MaintenanceWindow("past", "* * * ? * * 2020", TOKYO);
        assertEquals(Optional.empty(), past.nextOpen(Instant.parse("2026-11-23T00:00:00Z")));
    }

    @Test
    void aWindowIsWholeMinutesAndNeedsAZone() {
        InvalidCron seconds = assertThrows(InvalidCron.class, () -> new MaintenanceWindow("x", "0 * 9-16 ? * MON-FRI", TOKYO));
        assertTrue(seconds.getMessage().contains("seconds field must be '*'"), seconds.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceWindow("x", "* 9-16 * * 1-5", null));
        assertThrows(InvalidCron.class, () -> new MaintenanceWindow("x", "* 9-16 * *", TOKYO));
    }
}
