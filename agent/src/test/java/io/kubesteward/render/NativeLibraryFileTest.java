package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryFileTest {
    @TempDir
    Path tmp;

    @Test
    void the_library_is_unpacked_once_per_version_and_a_truncated_copy_is_replaced() throws IOException {
        byte[] library = "native code".getBytes();
        AtomicInteger opened = new AtomicInteger();
        NativeLibraryFile.Content content = () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(library);
        };
        Path first = NativeLibraryFile.unpacked(tmp, "abc-11", "helm.so", library.length, content, Instant.now());
        Path second = NativeLibraryFile.unpacked(tmp, "abc-11", "helm.so", library.length, content, Instant.now());
        assertEquals(first, second);
        assertEquals(1, opened.get(), "the second process (or run) reuses the copy");
        assertArrayEquals(library, Files.readAllBytes(first));
        Files.write(first, "nat".getBytes()); // a copy cut short by a full disk
        NativeLibraryFile.unpacked(tmp, "abc-11", "helm.so", library.length, content, Instant.now());
        assertEquals(2, opened.get());
        assertArrayEquals(library, Files.readAllBytes(first));
        try (var left = Files.list(first.getParent())) {
            assertEquals(1, left.count(), "no partial file is left beside it");
        }
    }

    @Test
    void other_versions_and_helm_java_leftovers_go_once_stale_and_fresh_ones_stay() throws IOException {
        Instant now = Instant.now();
        Path old = dir("steward-helm-old-1", now.minusSeconds(3600));
        Path leftover = dir("helm-java123456", now.minusSeconds(3600));
        Path writing = dir("helm-java999", now.minusSeconds(5)); // another JVM may be unpacking into it right now
        Path mine = dir("steward-helm-abc-11", now.minusSeconds(3600));
        Path unrelated = dir("something-else", now.minusSeconds(3600));
        assertEquals(2, NativeLibraryFile.cleanStale(tmp, "abc-11", now));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(writing) && Files.exists(mine) && Files.exists(unrelated));
    }

    private Path dir(String name, Instant modified) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.write(dir.resolve("helm.so"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(dir, FileTime.from(modified));
        return dir;
    }
}
