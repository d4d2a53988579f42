package dev.aerie.bench.limit;

import java.nio.charset.StandardCharsets;

/**
 * The example's book as JSON, written by hand into a byte array: the bytes the example answers
 * ({@code {"id":1,"title":"...","authorId":2,"year":1999,"isbn":null}}), with no JSON library.
 */
final class BookJson {
    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TITLE = ",\"title\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AUTHOR_ID = ",\"authorId\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] YEAR = ",\"year\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ISBN = ",\"isbn\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[128];
    private int len;

    private BookJson() {}

    static byte[] write(long id, String title, long authorId, int year, String isbn) {
        BookJson out = new BookJson();
        out.raw(ID).number(id).raw(TITLE).string(title).raw(AUTHOR_ID).number(authorId).raw(YEAR).number(year).raw(ISBN);
        if (isbn == null) {
            out.raw(NULL);
        } else {
            out.string(isbn);
        }
        out.ensure(1);
        out.buf[out.len++] = '}';
        return java.util.Arrays.copyOf(out.buf, out.len);
    }

    /** An RFC 9457 body as the example writes one. */
    static byte[] problem(int status, String title, String detail) {
        BookJson out = new BookJson();
        out.raw("{\"type\":\"about:blank\",\"title\":".getBytes(StandardCharsets.US_ASCII)).string(title)
                .raw(",\"status\":".getBytes(StandardCharsets.US_ASCII)).number(status)
                .raw(",\"detail\":".getBytes(StandardCharsets.US_ASCII)).string(detail);
        out.ensure(1);
        out.buf[out.len++] = '}';
        return java.util.Arrays.copyOf(out.buf, out.len);
    }

    private BookJson raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    private BookJson number(long value) {
        return raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
    }

    private BookJson string(String value) {
        ensure(value.length() * 6 + 2);
        buf[len++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                buf[len++] = '\\';
                buf[len++] = (byte) c;
            } else if (c < 0x20) {
                buf[len++] = '\\';
                buf[len++] = 'u';
                buf[len++] = '0';
                buf[len++] = '0';
                buf[len++] = HEX[c >> 4];
                buf[len++] = HEX[c & 0xf];
            } else if (c < 0x80) {
                buf[len++] = (byte) c;
            } else {
                return utf8Tail(value.substring(i)); // the rest as UTF-8, surrogate pairs included
            }
        }
        buf[len++] = '"';
        return this;
    }

    /** Non-ASCII text: escaped like ASCII, written as UTF-8 (the seeded titles are ASCII; this keeps it correct). */
    private BookJson utf8Tail(String rest) {
        StringBuilder escaped = new StringBuilder(rest.length() + 8);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        raw(escaped.toString().getBytes(StandardCharsets.UTF_8));
        ensure(1);
        buf[len++] = '"';
        return this;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
