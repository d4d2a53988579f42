package dev.aerie.runtime.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP requests over loopback for tests. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    public HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Sends {@code raw} bytes on a fresh connection and returns everything the server answers until it closes or 5 s pass. */
    public String raw(byte[] raw) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(raw);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // whatever arrived is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Sends {@code requests} one after the other on one connection, reading each full response
     * before sending the next, and stops after a response that says {@code Connection: close} (or
     * when the server sends nothing more). Returns the responses; one that is empty means the
     * server closed the connection without answering.
     */
    public java.util.List<String> rawOnOneConnection(byte[]... requests) throws IOException {
        java.util.List<String> answers = new java.util.ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (byte[] request : requests) {
                try {
                    out.write(request);
                    out.flush();
                } catch (java.net.SocketException e) {
                    answers.add("");
                    break;
                }
                String answer = readResponse(in);
                answers.add(answer);
                if (answer.isEmpty() || answer.toLowerCase(java.util.Locale.ROOT).contains("\r\nconnection: close\r\n")) {
                    break;
                }
            }
        }
        return answers;
    }

    /** Reads one response with a Content-Length body; what arrived when the server closes or 5 s pass. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            for (int b; !complete(answer.toString(StandardCharsets.ISO_8859_1)) && (b = in.read()) >= 0; ) {
                answer.write(b);
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            // whatever arrived is the answer
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    public String raw(String raw) throws IOException {
        return raw(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A full response with a Content-Length body has arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int lineEnd = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, lineEnd < 0 ? head.length() : lineEnd).trim());
        return text.length() - end - 4 >= length;
    }
}
