package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final URI GITHUB = URI.create("https://api.github.com");
    private static final URI GHE = URI.create("https://ghe.example.com/api/v3");

    @Test
    void findsNextAmongTheOtherRelations() {
        String header = "<https://api.github.com/repositories/1300192/pulls?page=1>; rel=\"prev\", "
                + "<https://api.github.com/repositories/1300192/pulls?page=3>; rel=\"next\", "
                + "<https://api.github.com/repositories/1300192/pulls?page=5>; rel=\"last\"";
        assertEquals(Optional.of("/repositories/1300192/pulls?page=3"), LinkHeader.nextRoute(header, GITHUB));
    }

    @Test
    void keepsTheApiPathOfAnEnterpriseServer() {
        String header = "<https://ghe.example.com/api/v3/repositories/7/pulls?state=all&page=2>; rel=\"next\"";
        assertEquals(Optional.of("/repositories/7/pulls?state=all&page=2"), LinkHeader.nextRoute(header, GHE));
    }

    @Test
    void neverFollowsALinkToAnotherServerOrOutsideTheApi() {
        assertEquals(Optional.empty(), LinkHeader.nextRoute("<https://evil.example.com/steal?page=2>; rel=\"next\"", GITHUB));
        assertEquals(Optional.empty(), LinkHeader.nextRoute("<https://ghe.example.com/login?page=2>; rel=\"next\"", GHE));
        assertEquals(Optional.empty(), LinkHeader.nextRoute("<https://user:pw@api.github.com/x?page=2>; rel=\"next\"", GITHUB));
    }

    @Test
    void theLastPageHasNoNext() {
        assertEquals(Optional.empty(), LinkHeader.nextRoute("<https://api.github.com/x?page=1>; rel=\"first\", "
                + "<https://api.github.com/x?page=4>; rel=\"prev\"", GITHUB));
        assertEquals(Optional.empty(), LinkHeader.nextRoute(null, GITHUB));
        assertEquals(Optional.empty(), LinkHeader.nextRoute("garbage", GITHUB));
    }

    @Test
    void readsARelativeTargetAndUnquotedRel() {
        assertEquals(Optional.of("/repos/o/r/pulls?page=2"),
                LinkHeader.nextRoute("</api/v3/repos/o/r/pulls?page=2>; rel=next", GHE));
    }
}
