package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.otp.CodeKey;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Seals authenticator secrets with AES-256-GCM (a random 12-byte nonce before the ciphertext) under a key derived from
 * the server's {@link CodeKey} ({@code MH_OTP_KEY}): a copy of the database alone gives no one the codes. The user id is
 * bound as associated data, so a sealed secret copied to another user's row does not open.
 */
final class SecretSeal {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretSeal(CodeKey codeKey) {
        try {
            // a key of its own for this use: HMAC of a label under the server's key (HKDF's expand step, one block)
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(codeKey.secret(), "HmacSHA256"));
            key = new SecretKeySpec(hmac.doFinal("meterhub totp secret v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }

    byte[] seal(long userId, byte[] secret) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(user(userId));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /** @throws IllegalStateException when the key is not the one that sealed it (MH_OTP_KEY changed or unset) */
    byte[] open(long userId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(user(userId));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the authenticator secret of user " + userId + " does not open with this MH_OTP_KEY", e);
        }
    }

    private static byte[] user(long userId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(userId).array();
    }
}
