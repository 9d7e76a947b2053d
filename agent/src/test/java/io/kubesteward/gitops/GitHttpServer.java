package io.kubesteward.gitops;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.FileResolver;

/** Smart-HTTP git on 127.0.0.1 with basic auth, serving the bare repositories in one directory. */
public final class GitHttpServer implements AutoCloseable {
    private final Server server;
    private final int port;
    private final AtomicInteger refused;
    private final java.util.List<String> authorized;

    private GitHttpServer(Server server, int port, AtomicInteger refused, java.util.List<String> authorized) {
        this.server = server;
        this.port = port;
        this.refused = refused;
        this.authorized = authorized;
    }

    public static GitHttpServer start(Path repositories, String user, String token, PreReceiveHook hook) throws Exception {
        GitServlet git = new GitServlet();
        git.setRepositoryResolver(new FileResolver<>(repositories.toFile(), true));
        git.setReceivePackFactory((request, db) -> {
            ReceivePack receive = new ReceivePack(db);
            receive.setPreReceiveHook(hook);
            return receive;
        });
        AtomicInteger refused = new AtomicInteger();
        java.util.List<String> authorized = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        Filter basicAuth = (request, response, chain) -> {
            if (expected.equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                authorized.add(((HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
                return;
            }
            refused.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("WWW-Authenticate", "Basic realm=\"git\"");
            http.sendError(401);
        };

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(basicAuth), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(git), "/git/*");
        server.setHandler(context);
        server.start();
        return new GitHttpServer(server, connector.getLocalPort(), refused, authorized);
    }

    public String url(String repository) {
        return "http://127.0.0.1:" + port + "/git/" + repository;
    }

    /** How many requests came without the right credentials. */
    public int refusedRequests() {
        return refused.get();
    }

    /** The paths of the requests that came with the right credentials. */
    public java.util.List<String> authorizedPaths() {
        return java.util.List.copyOf(authorized);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
