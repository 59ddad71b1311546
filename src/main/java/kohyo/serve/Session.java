package kohyo.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one server run, fresh at every start: the token in the URL printed at start-up,
 * the cookie the browser gets in exchange for it, and the CSRF token every form carries. A page
 * opened before a restart therefore cannot change anything afterwards.
 */
final class Session {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String token = random();
  private final String cookie = random();
  private final String csrf = random();

  String token() {
    return token;
  }

  String cookie() {
    return cookie;
  }

  String csrf() {
    return csrf;
  }

  boolean isToken(String candidate) {
    return same(token, candidate);
  }

  boolean isCookie(String candidate) {
    return same(cookie, candidate);
  }

  boolean isCsrf(String candidate) {
    return same(csrf, candidate);
  }

  /** Compared in constant time, so that timing does not tell how much of a guess was right. */
  private static boolean same(String secret, String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            secret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
