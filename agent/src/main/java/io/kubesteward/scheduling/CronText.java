package io.kubesteward.scheduling;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quartz.CronExpression;

/**
 * Cron expressions as people write them, turned into Quartz's. Accepted: Quartz's own 6 or 7 fields
 * (seconds first), the 5 fields of Unix cron and a Kubernetes CronJob ({@code minute hour
 * day-of-month month day-of-week}), and the macros {@code @hourly @daily @midnight @weekly @monthly
 * @yearly @annually}.
 *
 * <p>Converting Unix cron needs three changes: a seconds field in front (a schedule fires at second
 * 0, a window is open every second of its minutes), {@code ?} in the day field Unix leaves as
 * {@code *} (Quartz cannot restrict both), and day-of-week numbers moved from Unix's 0–7 (0 and 7 are
 * Sunday) to Quartz's 1–7 (1 is Sunday). Names are turned into numbers too, because Quartz ignores
 * the step in {@code MON/2}.
 */
public final class CronText {
    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");
    private static final List<String> DAY_NAMES = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final String FORMS = "Write 5 fields as in a Kubernetes CronJob (minute hour day-of-month month day-of-week, "
            + "e.g. '0 3 * * 1-5'), or Quartz's 6 or 7 fields with seconds first (e.g. '0 0 3 ? * MON-FRI').";

    private CronText() {
    }

    /** The Quartz expression for a schedule: 5-field cron fires at second 0 of its minutes. */
    public static String forSchedule(String cron) {
        return toQuartz(cron, "0");
    }

    /** The Quartz expression for a maintenance window: 5-field cron is open every second of its minutes. */
    public static String forWindow(String cron) {
        return toQuartz(cron, "*");
    }

    private static String toQuartz(String cron, String seconds) {
        if (cron == null || cron.isBlank()) {
            throw new InvalidCron("a cron expression is empty. " + FORMS);
        }
        String text = cron.strip();
        String macro = MACROS.get(text.toLowerCase(Locale.ROOT));
        String[] fields = (macro == null ? text : macro).split("\\s+");
        String quartz = switch (fields.length) {
            case 5 -> fromUnix(cron, fields, seconds);
            case 6, 7 -> String.join(" ", fields);
            default -> throw new InvalidCron("cron '" + cron + "' has " + fields.length + " fields. " + FORMS);
        };
        try {
            CronExpression.validateExpression(quartz);
        } catch (ParseException e) {
            String converted = quartz.equals(text) ? "" : " (read as Quartz '" + quartz + "')";
            throw new InvalidCron("cron '" + cron + "'" + converted + " is not valid: " + e.getMessage() + ". " + FORMS);
        }
        return quartz;
    }

    private static String fromUnix(String cron, String[] f, String seconds) {
        String dayOfMonth = f[2];
        String dayOfWeek = f[4];
        boolean anyDayOfMonth = dayOfMonth.equals("*") || dayOfMonth.equals("?");
        boolean anyDayOfWeek = dayOfWeek.equals("*") || dayOfWeek.equals("?");
        if (!anyDayOfMonth && !anyDayOfWeek) {
            // Unix cron fires when either matches; Quartz has no way to say "either"
            throw new InvalidCron("cron '" + cron + "' restricts both the day of the month and the day of the week, "
                    + "which Unix cron reads as 'either' and Steward cannot express. Restrict only one of them, "
                    + "or write two schedules.");
        }
        String dom = anyDayOfMonth && anyDayOfWeek ? "*" : anyDayOfMonth ? "?" : dayOfMonth;
        String dow = anyDayOfWeek ? "?" : quartzDaysOfWeek(cron, dayOfWeek);
        return String.join(" ", seconds, f[0], f[1], dom, f[3], dow);
    }

    /** Unix day-of-week list ({@code 1-5}, {@code 0,6}, {@code MON-FRI}, {@code 1/2}) in Quartz's numbers. */
    private static String quartzDaysOfWeek(String cron, String field) {
        List<String> out = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            String step = "";
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                step = item.substring(slash);
                range = item.substring(0, slash);
            }
            if (range.equals("*")) {
                out.add(range + step);
                continue;
            }
            String[] ends = range.split("-", -1);
            if (ends.length > 2) {
                throw new InvalidCron("cron '" + cron + "': day of week '" + item + "' is not a day, a range or a step. " + FORMS);
            }
            List<String> mapped = new ArrayList<>();
            for (String end : ends) {
                mapped.add(String.valueOf(quartzDay(cron, end)));
            }
            out.add(String.join("-", mapped) + step);
        }
        return String.join(",", out);
    }

    private static int quartzDay(String cron, String day) {
        int named = DAY_NAMES.indexOf(day.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return named + 1;
        }
        try {
            int unix = Integer.parseInt(day);
            if (unix >= 0 && unix <= 7) {
                return unix % 7 + 1;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidCron("cron '" + cron + "': '" + day + "' is not a day of the week (0-7 with 0 and 7 for Sunday, "
                + "or SUN-SAT). " + FORMS);
    }
}
