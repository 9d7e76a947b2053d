/**
 * Chart archives: fetched through the one HTTP caller, verified against the index's digest, kept in a
 * content-addressed cache, and read in memory under Helm's hardening rules (no path leaves the
 * chart, no link is followed, sizes are counted as decoded). helm-java rendering belongs here too;
 * its types stay inside.
 */
package io.kubesteward.render;
