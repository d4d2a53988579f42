package dev.aerie.runtime.validation;

import java.util.regex.Pattern;

/**
 * What {@code @Email} accepts: an ASCII address {@code local@domain} whose local part is dot
 * separated atoms (RFC 5322 atext, no quoted strings or comments) of at most 64 characters, and
 * whose domain is two or more DNS labels ending in a letters-only top-level label, at most 254
 * characters in all. Stricter than RFC 5322 on purpose: it accepts what mail servers deliver
 * to and refuses {@code user@localhost}, IP literals and internationalized addresses.
 */
final class EmailAddresses {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {}

    static boolean isValid(CharSequence value) {
        int at = value.toString().lastIndexOf('@');
        return value.length() <= 254 && at > 0 && at <= 64 && ADDRESS.matcher(value).matches();
    }
}
