package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendored archive swapped by a patch the real {@code git apply} takes, byte for byte. */
class BinaryDiffTest {
    @Test
    void an_archive_replaced_by_another_applies_with_git_apply(@TempDir Path dir) throws Exception {
        byte[] old = new byte[3000];
        byte[] now = new byte[777];
        new Random(7).nextBytes(old);
        new Random(8).nextBytes(now); // random bytes deflate badly: many full 52-byte lines and a short last one
        String patch = BinaryDiff.ofFile("charts/web-1.0.0.tgz", old, null) + BinaryDiff.ofFile("charts/web-1.1.0.tgz", null, now);
        assertTrue(patch.startsWith("diff --git a/charts/web-1.0.0.tgz b/charts/web-1.0.0.tgz\ndeleted file mode 100644\nindex "
                + BinaryDiff.blobId(old) + ".." + "0".repeat(40) + "\nGIT binary patch\nliteral 0\n"), patch);
        assertTrue(patch.contains("\n\nliteral 3000\n"), "the old content, to reverse the removal");
        Path repo = dir.resolve("repo");
        GitApply.assertAppliesBinary(repo, Map.of("charts/web-1.0.0.tgz", old, "Chart.yaml", "name: x\n".getBytes()), patch);
        assertFalse(Files.exists(repo.resolve("charts/web-1.0.0.tgz")));
        assertArrayEquals(now, Files.readAllBytes(repo.resolve("charts/web-1.1.0.tgz")));
    }

    @Test
    void the_blob_id_is_gits() {
        assertEquals("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", BinaryDiff.blobId(new byte[0]));
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", BinaryDiff.blobId("hello\n".getBytes()));
    }
}
