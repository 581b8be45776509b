package org.clusteratlas.ui;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records (and refuses) every attempt of this JVM to reach the network, for tests that prove the app
 * works offline. Two hooks, installed once per JVM:
 * <ul>
 * <li>a {@link ProxySelector}: the JDK asks it before every plain {@code Socket} connection (through
 * {@code SocksSocketImpl}), every {@code HttpURLConnection} and every {@code java.net.http.HttpClient}
 * request, so it sees a connection before any packet is sent;</li>
 * <li>a {@code URLStreamHandlerFactory} for http, https and ftp URLs (Gluon's OpenStreetMap retriever
 * reads tiles with {@code URL.openConnection}), which fails them outright.</li>
 * </ul>
 * Local files, jar and class-path resources, and SQLite's file access are not network and pass.
 */
final class NetworkGuard {
    private static final Set<String> NETWORK_PROTOCOLS = Set.of("http", "https", "ftp");
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private NetworkGuard() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("connect " + uri);
                throw new IllegalStateException("network access attempted in an offline test: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                ATTEMPTS.add("failed " + uri);
            }
        });
        URL.setURLStreamHandlerFactory(protocol -> !NETWORK_PROTOCOLS.contains(protocol) ? null
                : new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL u) throws IOException {
                        ATTEMPTS.add("open " + u);
                        throw new IOException("network access attempted in an offline test: " + u);
                    }
                });
        installed = true;
    }

    /** Everything attempted since the last {@link #clear()}. */
    static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    static void clear() {
        ATTEMPTS.clear();
    }
}
