package io.kubesteward.forge.gitea;

import io.kubesteward.forge.LinkHeader;
import io.kubesteward.http.ApiResponse;
import java.net.URI;

/**
 * Gitea's page/limit pagination. The next page is the {@code Link} header's when there is one;
 * otherwise a full page means there may be more.
 */
final class PagedRoute {
    static final int LIMIT = 50;

    private PagedRoute() {
    }

    static String first(String route) {
        return route + (route.contains("?") ? "&" : "?") + "limit=" + LIMIT + "&page=1";
    }

    static String next(String route, ApiResponse response, int items, URI apiBase) {
        var link = response.header("Link");
        if (link.isPresent()) {
            return LinkHeader.nextRoute(link.get(), apiBase).orElse(null);
        }
        if (items < LIMIT) {
            return null;
        }
        int at = route.lastIndexOf("page=");
        int page = Integer.parseInt(route.substring(at + 5).replaceAll("[^0-9].*$", ""));
        return route.substring(0, at) + "page=" + (page + 1);
    }
}
