package dev.aerie.runtime.internal.http;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: a valid incoming {@code X-Request-Id} (1 to 128 characters of letters, digits and
 * {@code . _ : -}, which covers UUIDs, W3C trace ids and the ids proxies make) is kept, so one id
 * follows a request through every service; anything else is replaced by a new one and never
 * echoed. New ids are 32 hex digits from a per-thread random generator: unique in practice and
 * cheap, not a secret.
 */
final class RequestIds {
    static final int MAX_LENGTH = 128;

    private RequestIds() {}

    static String acceptOrNew(Optional<String> incoming) {
        return incoming.filter(RequestIds::valid).orElseGet(RequestIds::fresh);
    }

    static boolean valid(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String high = Long.toHexString(random.nextLong());
        String low = Long.toHexString(random.nextLong());
        return "0".repeat(16 - high.length()) + high + "0".repeat(16 - low.length()) + low;
    }
}
