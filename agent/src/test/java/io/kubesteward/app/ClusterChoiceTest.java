package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterChoiceTest {
    @Test
    void namespacesAloneAskForTheLiveClusterAsKubectlDoesAndNarrowASnapshot() {
        assertTrue(new ClusterChoice(null, null, null, List.of("apps")).live());
        assertFalse(new ClusterChoice(Path.of("snap"), null, null, List.of("apps")).live(), "a snapshot is read instead");
        assertFalse(ClusterChoice.NONE.live());
        assertEquals(List.of(), ClusterChoice.NONE.namespaces());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClusterChoice(null, null, null, List.of("apps,kube-system")));
        assertTrue(e.getMessage().startsWith("-n 'apps,kube-system' is not a namespace name"), e.getMessage());
    }
}
