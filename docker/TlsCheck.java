import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Run on the jlinked runtime by docker/jlink-check.sh: a TLS 1.3 handshake on 127.0.0.1 with an EC
 * certificate (the keystore made by keytool), which fails when jdk.crypto.ec is missing, and the
 * count of trusted CA certificates (TLS to forges needs them).
 * Usage: java -cp DIR TlsCheck keystore.p12 password
 */
public final class TlsCheck {
    public static void main(String[] args) throws Exception {
        KeyPairGenerator.getInstance("EC").initialize(256);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[0])) {
            store.load(in, args[1].toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, args[1].toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        try (SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) server.accept(); OutputStream out = s.getOutputStream()) {
                    out.write('!');
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            serve.start();
            try (SSLSocket client = (SSLSocket) tls.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.startHandshake();
                int read = client.getInputStream().read();
                System.out.println("tls: " + client.getSession().getProtocol() + " " + client.getSession().getCipherSuite()
                        + ", server key " + client.getSession().getPeerCertificates()[0].getPublicKey().getAlgorithm()
                        + ", read '" + (char) read + "'");
            }
            serve.join();
        }
        java.io.File file = new java.io.File(System.getProperty("java.home") + "/lib/security/cacerts");
        if (!file.isFile()) {
            System.out.println("tls: no lib/security/cacerts in this runtime (its JDK keeps them elsewhere)");
            return;
        }
        KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = new FileInputStream(file)) {
            cacerts.load(in, null);
        }
        System.out.println("tls: " + cacerts.size() + " trusted CA certificates in the runtime");
    }
}
