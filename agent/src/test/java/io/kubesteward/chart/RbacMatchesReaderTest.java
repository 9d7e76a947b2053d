package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The chart grants exactly the kinds the cluster reader lists: no fewer (Steward would meet 403s)
 * and no more (least privilege). The reader keeps them in one place, {@code ReadKinds}, for this;
 * it is package-private, hence the reflection.
 */
class RbacMatchesReaderTest {
    private static final String READ_KINDS = "io.kubesteward.cluster.fabric8.ReadKinds";

    @Test
    void cluster_wide_role_with_every_opt_in_grants_what_the_reader_lists() throws ReflectiveOperationException {
        Set<String> granted = RbacTest.resources(StewardChart.render("cluster: {helmReleaseSecrets: true}\n").only("ClusterRole"));

        assertEquals(readerKinds(), granted, "charts/steward/templates/_rbac.tpl must grant exactly what " + READ_KINDS + " lists");
    }

    /** group/plural of every {@code ReadKind} constant. */
    private static Set<String> readerKinds() throws ReflectiveOperationException {
        Set<String> kinds = new TreeSet<>();
        for (Field field : Class.forName(READ_KINDS).getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !field.getType().getSimpleName().equals("ReadKind")) {
                continue;
            }
            field.setAccessible(true);
            Object kind = field.get(null);
            kinds.add(component(kind, "group") + "/" + component(kind, "plural"));
        }
        return kinds;
    }

    private static String component(Object record, String name) throws ReflectiveOperationException {
        Method accessor = record.getClass().getDeclaredMethod(name);
        accessor.setAccessible(true);
        return (String) accessor.invoke(record);
    }
}
