package io.kubesteward.http;

/** Reason phrases and advice per HTTP status (the JDK client does not expose the phrase). */
final class StatusText {
    private StatusText() {
    }

    static String of(int code) {
        String phrase = switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return phrase.isEmpty() ? "HTTP " + code : code + " " + phrase;
    }

    static String advice(int code) {
        if (code == 401) {
            return "check the credentials configured for this URL";
        }
        if (code == 403) {
            return "check the credentials and what they are allowed to read";
        }
        if (code == 407) {
            return "check the proxy credentials";
        }
        if (code == 404 || code == 410) {
            return "check the URL";
        }
        if (code == 429) {
            return "the server is rate-limiting; try again later";
        }
        if (code >= 500) {
            return "the server is failing; try again later";
        }
        return "check the URL and the request";
    }
}
