package io.kubesteward.addons;

import io.kubesteward.model.ArgoApplication;

/** The revision Argo CD last synced for one source of an Application: one per source, or one for a single-source app. */
final class ArgoRevisions {
    private ArgoRevisions() {
    }

    static String synced(ArgoApplication application, int source) {
        if (application.syncRevisions().size() == application.sources().size() && source < application.syncRevisions().size()) {
            return application.syncRevisions().get(source);
        }
        return application.sources().size() == 1 && !application.syncRevisions().isEmpty() ? application.syncRevisions().get(0) : null;
    }
}
