package io.kubesteward.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts {@code NO_PROXY} sends direct, read as curl and Go read it: {@code *} for all; a name
 * for itself and every subdomain ({@code example.com}, {@code .example.com}, {@code *.example.com});
 * an IP address; a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}); each with an optional
 * {@code :port}. Loopback always goes direct, as the JDK's own proxy settings do. Pure.
 */
record NoProxy(boolean all, List<Name> suffixes, List<Block> blocks) {
    /** A name and its subdomains, on {@code port} (0: any). */
    record Name(String suffix, int port) {
        boolean matches(String host, int onPort) {
            return (port == 0 || port == onPort) && (host.equals(suffix) || host.endsWith("." + suffix));
        }
    }

    /** An address range: the first {@code bits} bits of {@code network}, on {@code port} (0: any). */
    record Block(byte[] network, int bits, int port) {
        boolean contains(byte[] address, int onPort) {
            if (address.length != network.length || (port != 0 && port != onPort)) {
                return false;
            }
            int shift = address.length * 8 - bits;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }

    static NoProxy parse(String value) {
        boolean all = false;
        List<Name> suffixes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (String raw : value == null ? new String[0] : value.split("[,\\s]+")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                all = true;
                continue;
            }
            Block block = block(entry);
            if (block != null) {
                blocks.add(block);
            } else {
                String name = entry.replaceFirst("^\\*?\\.", "");
                int colon = name.lastIndexOf(':');
                int port = colon < 0 ? 0 : port(name.substring(colon + 1), raw);
                suffixes.add(new Name(colon < 0 ? name : name.substring(0, colon), port));
            }
        }
        return new NoProxy(all, List.copyOf(suffixes), List.copyOf(blocks));
    }

    boolean direct(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (all || h.equals("localhost")) {
            return true;
        }
        byte[] address = literal(h);
        if (address != null) {
            return isLoopback(address) || blocks.stream().anyMatch(b -> b.contains(address, port));
        }
        return suffixes.stream().anyMatch(s -> s.matches(h, port));
    }

    private static boolean isLoopback(byte[] address) {
        try {
            return InetAddress.getByAddress(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int port(String text, String entry) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("NO_PROXY holds '" + entry + "', whose port is not 1-65535; write host, host:port,"
                + " an IP address or a CIDR block");
    }

    private static Block block(String entry) {
        String text = entry;
        int port = 0;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close > 0 && text.startsWith(":", close + 1)) {
                port = port(text.substring(close + 2), entry);
            }
            text = close > 0 ? text.substring(1, close) + text.substring(close + 1).replaceFirst("^:\\d+", "") : text;
        } else if (text.chars().filter(c -> c == ':').count() == 1 && text.matches(".*:\\d+")) {
            port = port(text.substring(text.indexOf(':') + 1), entry);
            text = text.substring(0, text.indexOf(':'));
        }
        String[] parts = text.split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            return null;
        }
        int bits = network.length * 8;
        if (parts.length == 2) {
            try {
                bits = Math.max(0, Math.min(bits, Integer.parseInt(parts[1])));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Block(network, bits, port);
    }

    /** The bytes of an IPv4 or IPv6 literal; null for a name (never looked up in DNS). */
    static byte[] literal(String host) {
        if (!host.matches("[0-9.]+") && !(host.contains(":") && host.matches("[0-9a-f:.]+"))) {
            return null;
        }
        if (host.matches("[0-9.]+") && !host.matches("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)")) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
