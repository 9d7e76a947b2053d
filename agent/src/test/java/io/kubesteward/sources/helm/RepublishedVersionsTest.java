package io.kubesteward.sources.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kubesteward.model.Release;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepublishedVersionsTest {
    private static Release release(String version, String digest) {
        return new Release(version, null, digest, null, null, false, null, List.of(), null);
    }

    @Test
    void distinct_versions_and_repeated_identical_entries_are_left_as_they_are() {
        List<Release> plain = List.of(release("1.1.0", "a"), release("1.0.0", "b"), release("1.0.0", "b"), release("0.9.0", null));
        assertSame(plain, RepublishedVersions.distrust(plain));
    }

    @Test
    void a_version_with_two_digests_is_listed_once_and_distrusted() {
        List<Release> out = RepublishedVersions.distrust(List.of(release("1.1.0", "a"), release("1.0.0", "b"), release("1.1.0", "c")));
        assertEquals(List.of("1.1.0", "1.0.0"), out.stream().map(Release::version).toList());
        assertEquals("the index lists it 2 times with different digests, so which chart is installed depends on entry order; "
                + "ask the repository's maintainers to publish a new version instead of replacing one", out.get(0).distrust());
        assertNull(out.get(1).distrust());
    }

    @Test
    void an_entry_without_a_digest_casts_no_doubt() {
        List<Release> same = List.of(release("1.1.0", "a"), release("1.1.0", null));
        assertSame(same, RepublishedVersions.distrust(same));
    }
}
