package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class CronTextTest {
    @Test
    void unixCronGetsSecondsAndAQuestionMarkForTheDayItLeavesOpen() {
        assertEquals("0 0 3 * * ?", CronText.forSchedule("0 3 * * *"));
        assertEquals("0 0 3 1 * ?", CronText.forSchedule("0 3 1 * *"));
        assertEquals("0 */15 * ? * 2-6", CronText.forSchedule("*/15 * * * 1-5"));
        assertEquals("0 30 2 ? JAN-MAR 2-6", CronText.forSchedule(" 30 2 * JAN-MAR MON-FRI "));
    }

    @Test
    void unixDayNumbersMoveToQuartzNumbersWithSundayAsZeroOrSeven() {
        assertEquals("0 0 3 ? * 1,7", CronText.forSchedule("0 3 * * 0,6"));
        assertEquals("0 0 3 ? * 1", CronText.forSchedule("0 3 * * 7"));
        assertEquals("0 0 3 ? * 2/2", CronText.forSchedule("0 3 * * 1/2"));
        assertEquals("0 0 3 ? * */2", CronText.forSchedule("0 3 * * */2"));
        assertEquals(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.FRIDAY),
                days(CronText.forSchedule("0 3 * * 5-7"), 4));
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY),
                days(CronText.forSchedule("0 3 * * MON/2"), 4));
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.MONDAY), days(CronText.forSchedule("0 3 * * 1-5"), 6));
    }

    @Test
    void macrosAsKubernetesAcceptsThem() {
        assertEquals("0 0 0 * * ?", CronText.forSchedule("@daily"));
        assertEquals("0 0 0 ? * 1", CronText.forSchedule("@weekly"));
        assertEquals("0 0 * * * ?", CronText.forSchedule("@HOURLY"));
        assertEquals("0 0 0 1 1 ?", CronText.forSchedule("@yearly"));
    }

    @Test
    void quartzExpressionsPassAsWritten() {
        assertEquals("0 0 3 ? * MON-FRI", CronText.forSchedule("0 0 3 ? * MON-FRI"));
        assertEquals("0 0 3 ? * MON-FRI 2027", CronText.forSchedule("0  0 3 ? * MON-FRI 2027"));
        assertEquals("*/5 * * * * ?", CronText.forSchedule("*/5 * * * * ?"));
    }

    @Test
    void aWindowIsOpenEverySecondOfItsMinutes() {
        assertEquals("* * 9-16 ? * 2-6", CronText.forWindow("* 9-16 * * 1-5"));
        assertEquals("* * 9-16 ? * MON-FRI", CronText.forWindow("* * 9-16 ? * MON-FRI"));
    }

    @Test
    void errorsSayWhatIsWrongAndWhichFormsWork() {
        InvalidCron both = assertThrows(InvalidCron.class, () -> CronText.forSchedule("0 3 1 * 1"));
        assertTrue(both.getMessage().contains("both the day of the month and the day of the week"), both.getMessage());
        InvalidCron four = assertThrows(InvalidCron.class, () -> CronText.forSchedule("0 3 * *"));
        assertTrue(four.getMessage().contains("has 4 fields") && four.getMessage().contains("Kubernetes CronJob"), four.getMessage());
        InvalidCron day = assertThrows(InvalidCron.class, () -> CronText.forSchedule("0 3 * * 8"));
        assertTrue(day.getMessage().contains("'8' is not a day of the week"), day.getMessage());
        InvalidCron minute = assertThrows(InvalidCron.class, () -> CronText.forSchedule("61 * * * *"));
        assertTrue(minute.getMessage().contains("read as Quartz '0 61 * * * ?'") && minute.getMessage().contains("not valid"),
                minute.getMessage());
        InvalidCron quartzBoth = assertThrows(InvalidCron.class, () -> CronText.forSchedule("0 0 3 * * *"));
        assertTrue(quartzBoth.getMessage().startsWith("cron '0 0 3 * * *' is not valid"), quartzBoth.getMessage());
        assertThrows(InvalidCron.class, () -> CronText.forSchedule(" "));
        assertThrows(InvalidCron.class, () -> CronText.forSchedule(null));
    }

    /** The days of the week of the next {@code n} firings after Sunday 2026-11-22 12:00 UTC. */
    private static List<DayOfWeek> days(String quartz, int n) {
        try {
            CronExpression cron = new CronExpression(quartz);
            cron.setTimeZone(TimeZone.getTimeZone("UTC"));
            List<DayOfWeek> out = new ArrayList<>();
            Date at = Date.from(Instant.parse("2026-11-22T12:00:00Z"));
            for (int i = 0; i < n; i++) {
                at = cron.getNextValidTimeAfter(at);
                out.add(ZonedDateTime.ofInstant(at.toInstant(), ZoneId.of("UTC")).getDayOfWeek());
            }
            return out;
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
