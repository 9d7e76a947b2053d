package io.kubesteward.config;

import java.time.DateTimeException;
import java.time.ZoneId;

final class TimeZones {
    private TimeZones() {
    }

    static String require(String zone) {
        if (zone == null) {
            return "UTC";
        }
        try {
            ZoneId.of(zone);
            return zone;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'timeZone' must be an IANA time zone such as Europe/Berlin or UTC, got '" + zone + "'");
        }
    }
}
