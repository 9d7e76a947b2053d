package io.kubesteward.sources.oci;

import java.util.List;

/**
 * The tags of one repository as its registry listed them, in the registry's order.
 *
 * @param truncated the registry had more pages than Steward reads
 */
record TagListing(List<String> tags, boolean truncated, long bytes, int requests) {
    TagListing {
        tags = List.copyOf(tags);
    }
}
