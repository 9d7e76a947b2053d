package io.kubesteward.sources.helm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Reads chosen byte ranges of one file, one after another, as a single stream. */
final class SliceInputStream extends InputStream {
    private final FileChannel channel;
    private final List<ChartBlocks.Block> slices;
    private int current;
    private long position;

    SliceInputStream(Path file, List<ChartBlocks.Block> slices) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.slices = slices;
        this.position = slices.isEmpty() ? 0 : slices.get(0).start();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (current < slices.size() && position >= slices.get(current).end()) {
            current++;
            if (current < slices.size()) {
                position = slices.get(current).start();
            }
        }
        if (current >= slices.size()) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int want = (int) Math.min(len, slices.get(current).end() - position);
        int n = channel.read(ByteBuffer.wrap(b, off, want), position);
        if (n < 0) {
            throw new IOException("the index file shrank while being read");
        }
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
