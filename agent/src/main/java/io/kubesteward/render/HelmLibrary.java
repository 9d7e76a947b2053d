package io.kubesteward.render;

import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Helm's engine, loaded once per process from the native library in helm-java's platform jar: never downloaded at
 * run time, unpacked once per library version (see {@link NativeLibraryFile}), and loaded with JNA directly, so
 * helm-java's own loader (a fresh 94 MB copy per process) never runs.
 *
 * <p>Helm's install path, which {@code template} uses, calls Go's {@code signal.Notify} for SIGINT and SIGTERM: from
 * then on the JVM would no longer see them and a pod would hang until killed. {@link #rearmSignals()} hands them back
 * to the Java handlers noted before the render ({@link #noteSignals()}, {@link #rearmSignals()}).
 */
public final class HelmLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(HelmLibrary.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    private static final java.util.Map<String, SignalHandler> JAVA_HANDLERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Object SHARED_LOCK = new Object();
    private static HelmLibrary shared;
    private static String sharedFailure;

    private final HelmLib lib;
    private final Path file;

    private HelmLibrary(HelmLib lib, Path file) {
        this.lib = lib;
        this.file = file;
    }

    /** Thrown when this platform has no native Helm in the jar, or it cannot be unpacked or loaded. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The process's one library, from the JVM's temporary folder; a failure to load is remembered, not retried. */
    public static HelmLibrary shared(java.time.Clock clock) throws Unavailable {
        synchronized (SHARED_LOCK) {
            if (shared == null && sharedFailure == null) {
                try {
                    shared = load(null, clock);
                } catch (Unavailable e) {
                    sharedFailure = e.getMessage();
                }
            }
            if (shared == null) {
                throw new Unavailable(sharedFailure);
            }
            return shared;
        }
    }

    /** Loads the library, unpacking it under {@code tmp} (the JVM's temporary folder when null). */
    public static HelmLibrary load(Path tmp, java.time.Clock clock) throws Unavailable {
        Path dir = tmp != null ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
        NativeLibrary provider = NativeLibrary.serviceProviderLibrary(HelmLibrary.class.getClassLoader());
        if (provider == null) {
            throw new Unavailable("this build of Steward has no Helm engine for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + " (helm-java ships linux-amd64, linux-arm64, darwin and windows jars)");
        }
        String name = provider.getBinaryName();
        URL resource = provider.getClass().getResource("/" + name);
        if (resource == null) {
            throw new Unavailable("the Helm engine " + name + " is missing from the jar");
        }
        try {
            Identity id = identity(resource);
            Instant now = clock.instant();
            NativeLibraryFile.cleanStale(dir, id.id(), now);
            Path file = NativeLibraryFile.unpacked(dir, id.id(), name, id.size(), resource::openStream, now);
            HelmLib lib = Native.load(file.toAbsolutePath().toString(), HelmLib.class);
            LOG.debug("Helm engine loaded from {}", file);
            return new HelmLibrary(lib, file);
        } catch (IOException e) {
            throw new Unavailable("the Helm engine could not be unpacked into " + dir + ": " + e.getMessage()
                    + " (set java.io.tmpdir to a writable folder that allows executables)");
        } catch (LinkageError e) {
            throw new Unavailable("the Helm engine could not be loaded: " + e.getMessage()
                    + " (a temporary folder mounted noexec cannot hold it; set java.io.tmpdir to one that allows executables)");
        }
    }

    HelmLib lib() {
        return lib;
    }

    Path file() {
        return file;
    }

    /**
     * Notes the handlers the JVM has for SIGTERM and SIGINT (its own shutdown, or the daemon's graceful stop) before a
     * render, while they are still Java's: once Go has replaced the process's handlers, asking the JVM for the current
     * one answers Go's native handler instead.
     */
    static synchronized void noteSignals() {
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler known = JAVA_HANDLERS.get(name);
                SignalHandler current = Signal.handle(signal, s -> forward(name, s));
                boolean java = !current.getClass().getName().equals("sun.misc.NativeSignalHandler");
                if (java) {
                    JAVA_HANDLERS.put(name, current);
                }
                Signal.handle(signal, java || known == null ? current : known);
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot read the handler of SIG{}: {}", name, e.getMessage()); // -Xrs: the JVM does not handle it at all
            }
        }
    }

    /** Gives SIGTERM and SIGINT back to the Java handlers noted before the render. */
    static synchronized void rearmSignals() {
        JAVA_HANDLERS.forEach((name, handler) -> {
            try {
                Signal.handle(new Signal(name), handler);
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot take SIG{} back: {}", name, e.getMessage());
            }
        });
    }

    private static void forward(String name, Signal s) {
        SignalHandler h = JAVA_HANDLERS.get(name);
        if (h != null) {
            h.handle(s);
        } else {
            System.exit(128 + s.getNumber());
        }
    }

    private record Identity(String id, long size) {
    }

    /** The library's version as its jar entry's CRC and size: no need to read 98 MB to know it is the same. */
    private static Identity identity(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (connection instanceof JarURLConnection jar) {
            var entry = jar.getJarEntry();
            return new Identity(Long.toHexString(entry.getCrc()) + "-" + entry.getSize(), entry.getSize());
        }
        long size = connection.getContentLengthLong();
        return new Identity(Long.toHexString(connection.getLastModified()) + "-" + size, size);
    }
}
