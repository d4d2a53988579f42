package dev.aerie.security;

import dev.aerie.security.JwtSettings.JwtAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads PEM keys with the JDK's {@link KeyFactory}: public keys as SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}), private keys as PKCS#8 ({@code BEGIN PRIVATE KEY}). Errors name the
 * configuration key, never its value.
 */
final class PemKeys {
    private PemKeys() {}

    static PublicKey publicKey(String pem, JwtAlgorithm algorithm, String key) {
        byte[] der = der(pem, "PUBLIC KEY", key);
        PublicKey parsed;
        try {
            parsed = factory(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw JwtSettings.fail(key, "is not " + keyKind(algorithm) + " public key in PEM (SubjectPublicKeyInfo)");
        }
        checkSize(parsed, algorithm, key);
        return parsed;
    }

    static PrivateKey privateKey(String pem, JwtAlgorithm algorithm, String key) {
        byte[] der = der(pem, "PRIVATE KEY", key);
        PrivateKey parsed;
        try {
            parsed = factory(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw JwtSettings.fail(key, "is not " + keyKind(algorithm) + " private key in PEM (PKCS#8; convert one"
                    + " with: openssl pkcs8 -topk8 -nocrypt)");
        }
        checkSize(parsed, algorithm, key);
        return parsed;
    }

    private static byte[] der(String pem, String label, String key) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw JwtSettings.fail(key, "must be PEM text between " + begin + " and " + end);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw JwtSettings.fail(key, "is not valid base64 between " + begin + " and " + end);
        }
    }

    private static void checkSize(java.security.Key parsed, JwtAlgorithm algorithm, String key) {
        if (parsed instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw JwtSettings.fail(key, "is an RSA key of " + rsa.getModulus().bitLength() + " bits; RS256 needs at least 2048");
        }
        if (parsed instanceof ECKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw JwtSettings.fail(key, "is not on the P-256 curve, which " + algorithm + " requires");
        }
    }

    private static KeyFactory factory(JwtAlgorithm algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm == JwtAlgorithm.ES256 ? "EC" : "RSA");
    }

    private static String keyKind(JwtAlgorithm algorithm) {
        return algorithm == JwtAlgorithm.ES256 ? "an EC (P-256)" : "an RSA";
    }
}
