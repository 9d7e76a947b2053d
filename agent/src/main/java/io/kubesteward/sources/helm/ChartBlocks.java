package io.kubesteward.sources.helm;

import java.util.List;

/**
 * Where each chart's versions sit in an index file laid out in plain block style: byte ranges
 * of the lines from a chart's key to the next chart's key, in file order.
 */
record ChartBlocks(List<Block> blocks, long codePoints) {
    record Block(String chart, long start, long end) {
    }
}
