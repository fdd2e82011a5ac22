package io.netsysctl.target.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The address of a Docker engine and a minimal HTTP/1.1 client for the few unversioned, read-only requests
 * netsysctl sends before Testcontainers is configured: {@code GET /version}, {@code /info} and image inspects.
 * It speaks plain HTTP over {@code unix://} and {@code tcp://}; TLS engines are not supported here.
 */
final class EngineEndpoint {

    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI uri;
    private final Duration timeout;

    private EngineEndpoint(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
    }

    /** Returns the engine named by {@code DOCKER_HOST}, else the default Unix socket. */
    static EngineEndpoint fromEnvironment() {
        String host = System.getenv("DOCKER_HOST");
        return of(host == null || host.isBlank() ? DEFAULT_HOST : host.strip());
    }

    static EngineEndpoint of(String address) {
        return of(address, TIMEOUT);
    }

    /** Returns the engine at {@code address}, waiting at most {@code timeout} for a connection or response. */
    static EngineEndpoint of(String address, Duration timeout) {
        URI uri = URI.create(address);
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("unix") && !scheme.equals("tcp") && !scheme.equals("http")) {
            throw new IllegalArgumentException("unsupported Docker host '" + address
                    + "': netsysctl reads the engine version over unix:// or tcp:// (plain HTTP) only");
        }
        return new EngineEndpoint(uri, timeout);
    }

    URI uri() {
        return uri;
    }

    boolean isUnixSocket() {
        return "unix".equalsIgnoreCase(uri.getScheme());
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    /** A response: the status code and the body, decoded as UTF-8. */
    record Response(int status, String body) {
    }

    /**
     * Sends {@code GET path} and returns the response.
     *
     * @throws IOException when the engine cannot be reached or the response is not HTTP
     */
    Response get(String path) throws IOException {
        String request = "GET " + path + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: netsysctl\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n";
        byte[] raw = isUnixSocket() ? exchangeUnix(request) : exchangeTcp(request);
        return parse(raw);
    }

    private byte[] exchangeUnix(String request) throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(uri.getPath());
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.connect(address);
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            // A Unix SocketChannel has no read timeout, so the read waits on a selector with a deadline.
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            long deadline = System.nanoTime() + timeout.toNanos();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(8192);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new SocketTimeoutException("no complete response from " + uri + " within "
                            + timeout.toMillis() + " ms");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int read = channel.read(in);
                if (read < 0) {
                    return received.toByteArray();
                }
                received.write(in.array(), 0, in.position());
                in.clear();
            }
        }
    }

    private byte[] exchangeTcp(String request) throws IOException {
        int port = uri.getPort() > 0 ? uri.getPort() : 2375;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }

    static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || headerEnd < 0) {
            throw new IOException("the engine sent no HTTP response (" + raw.length + " bytes)");
        }
        String[] headerLines = text.substring(0, headerEnd).split("\r\n");
        String[] statusLine = headerLines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        boolean chunked = false;
        for (int i = 1; i < headerLines.length; i++) {
            String line = headerLines[i].toLowerCase(Locale.ROOT);
            if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = Arrays.copyOfRange(raw, headerEnd + 4, raw.length);
        if (chunked) {
            body = dechunk(body);
        }
        return new Response(status, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int position = 0;
        while (position < body.length) {
            int lineEnd = indexOfCrlf(body, position);
            if (lineEnd < 0) {
                throw new IOException("truncated chunked response from the engine");
            }
            String sizeText = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeText.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            if (start + size > body.length) {
                throw new IOException("truncated chunked response from the engine");
            }
            out.write(body, start, size);
            position = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
