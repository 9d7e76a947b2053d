package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void a_copy_or_folder_others_can_write_is_never_loaded_and_stale_partials_go() throws IOException {
        byte[] library = "native code".getBytes();
        NativeLibraryFile.Content content = () -> new ByteArrayInputStream(library);
        Path shared = Files.createDirectories(tmp.resolve("steward-helm-abc-11"));
        Path planted = Files.write(shared.resolve("helm.so"), "evil codes!".getBytes()); // the same size as the library
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path partial = Files.write(shared.resolve("helm.so123.partial"), new byte[] {1});
        Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minusSeconds(3600)));
        Path replaced = NativeLibraryFile.unpacked(tmp, "abc-11", "helm.so", library.length, content, Instant.now());
        assertEquals(planted, replaced);
        assertArrayEquals(library, Files.readAllBytes(replaced), "a copy others could have written is replaced by Steward's own");
        assertFalse(Files.exists(partial));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.write(planted, "evil codes!".getBytes());
        Path own = NativeLibraryFile.unpacked(tmp, "abc-11", "helm.so", library.length, content, Instant.now());
        assertNotEquals(shared, own.getParent(), "a folder others can write to is not used at all");
        assertArrayEquals(library, Files.readAllBytes(own));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(own.getParent())));
    }

    private Path dir(String name, Instant modified) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.write(dir.resolve("helm.so"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(dir, FileTime.from(modified));
        return dir;
    }
}
