package kohyo.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs that carry personal data or lead inside an office's network: a personal value in the
 * query or fragment ({@code ?name=…}, {@code #mail=…}), a user's own page ({@code /users/tanaka/},
 * {@code /@tanaka_h}, {@code /~tanaka}), any other finding inside it (a telephone number or an
 * address in the path, a name in {@code ?q=}), or a private-network host ({@code 192.168.1.20},
 * {@code http://fileserver/…}). A link to a public page, even with a harmless query ({@code
 * ?lang=ja}, {@code ?page=2}), is left alone.
 *
 * <p>Read in one pass over runs of URL characters rather than with a regular expression, so that a
 * hostile value such as a megabyte of {@code www.www.…} costs linear time.
 */
final class Urls {

  private static final String DELIMITERS = "<>\"'「」『』()、。,，[]{}|";
  private static final String[] STARTS = {"https://", "http://", "ftp://", "file://", "www."};

  /** Query and fragment keys whose values are a person's. */
  private static final Set<String> PERSONAL_KEYS =
      Set.of(
          "name",
          "fullname",
          "full_name",
          "firstname",
          "lastname",
          "first_name",
          "last_name",
          "shimei",
          "simei",
          "namae",
          "kana",
          "furigana",
          "tel",
          "phone",
          "mobile",
          "keitai",
          "denwa",
          "fax",
          "mail",
          "email",
          "e-mail",
          "e_mail",
          "address",
          "addr",
          "jusho",
          "juusho",
          "zip",
          "postcode",
          "birth",
          "birthday",
          "dob",
          "seinengappi",
          "user",
          "userid",
          "user_id",
          "uid",
          "username",
          "login",
          "account",
          "owner",
          "member",
          "memberid",
          "member_id",
          "kojin",
          "mynumber",
          "patient",
          "patient_id",
          "kanja",
          "student",
          "student_id",
          "gakuseki",
          "hihokensha");

  /** Path words after which the next segment is a person's own: /users/ishikawa.yoko/. */
  private static final Set<String> PERSON_PATHS =
      Set.of(
          "user",
          "users",
          "member",
          "members",
          "profile",
          "profiles",
          "people",
          "staff",
          "mypage",
          "u");

  /**
   * Social networks whose first path segment is an account: x.com/hanako_yamada, note.com/…,
   * facebook.com/yumi.nakagawa.58. A person's account identifies the person.
   */
  private static final Set<String> SOCIAL_HOSTS =
      Set.of(
          "x.com",
          "twitter.com",
          "instagram.com",
          "facebook.com",
          "fb.com",
          "note.com",
          "tiktok.com",
          "threads.net",
          "ameblo.jp",
          "mixi.jp");

  /** First path segments of those sites that are not an account. */
  private static final Set<String> SOCIAL_PAGES =
      Set.of(
          "share",
          "sharer",
          "sharer.php",
          "intent",
          "hashtag",
          "search",
          "explore",
          "home",
          "i",
          "p",
          "reel",
          "reels",
          "watch",
          "groups",
          "events",
          "pages",
          "login",
          "help",
          "about",
          "policies",
          "privacy",
          "terms",
          "settings",
          "notifications",
          "tag",
          "tags",
          "hashtags");

  /** An office's or a body's own account: x.com/ishikawa_pref, note.com/city_kanazawa. */
  private static final Pattern OFFICIAL_ACCOUNT =
      Pattern.compile(
          ".*(?:pref|city|town|vill|koho|kouhou|official|gov|_lg|lg_|kyoiku|police|fire|hospital|univ|kenkyu|center|centre).*");

  /**
   * File sharing: a link there leads to the files themselves (the very data of a leak), whatever
   * its path says.
   */
  private static final Set<String> SHARING_HOSTS =
      Set.of("drive.google.com", "dropbox.com", "box.com", "onedrive.live.com", "1drv.ms");

  private static final Pattern PRIVATE_IPV4 =
      Pattern.compile(
          "(?<![0-9.])(?:10\\.[0-9]{1,3}|127\\.[0-9]{1,3}|192\\.168|169\\.254|172\\.(?:1[6-9]|2[0-9]|3[01]))"
              + "\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9])");

  private Urls() {}

  /**
   * @param others the spans every other detector found in the same text, sorted by start: a URL
   *     that contains one is reported as a URL
   */
  static List<int[]> find(ScanText scan, List<int[]> others) {
    String text = scan.text();
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (isDelimiter(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && !isDelimiter(text.charAt(runEnd))) {
        runEnd++;
      }
      url(scan, others, i, runEnd).ifPresent(found::add);
      i = runEnd;
    }
    return found;
  }

  private static java.util.Optional<int[]> url(
      ScanText scan, List<int[]> others, int runStart, int runEnd) {
    String text = scan.text();
    String run = text.substring(runStart, runEnd).toLowerCase(Locale.ROOT);
    int start = -1;
    for (String s : STARTS) {
      int at = run.indexOf(s);
      if (at >= 0 && (start < 0 || at < start)) {
        start = at;
      }
    }
    Matcher ip = PRIVATE_IPV4.matcher(run);
    if (ip.find() && (start < 0 || ip.start() < start)) {
      start = ip.start();
    }
    int localhost = run.indexOf("localhost");
    if (localhost >= 0 && (start < 0 || localhost < start)) {
      start = localhost;
    }
    if (start < 0) {
      return java.util.Optional.empty();
    }
    int end = urlEnd(run, start);
    String url = run.substring(start, end);
    boolean scheme = url.contains("://") || url.startsWith("www.");
    if (!scheme && url.indexOf('/') < 0) {
      // a bare address names a machine, not a page or a person's file
      return java.util.Optional.empty();
    }
    int from = runStart + start;
    int to = runStart + end;
    if (personal(scan, url, text.substring(from, to)) || containsOther(others, from, to)) {
      return java.util.Optional.of(new int[] {from, to});
    }
    return java.util.Optional.empty();
  }

  /** A URL runs to the end of its run; Japanese ends it, except inside a query (?q=山田花子). */
  private static int urlEnd(String run, int start) {
    boolean query = false;
    int i = start;
    while (i < run.length()) {
      char c = run.charAt(i);
      if (c == '?' || c == '#') {
        query = true;
      } else if (c >= 0x80 && (!query || ScanText.isHiragana(c))) {
        break;
      }
      i++;
    }
    while (i > start && ".,;:!".indexOf(run.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  private static boolean personal(ScanText scan, String url, String original) {
    String rest = url.replaceFirst("^[a-z]+://", "");
    int hostEnd = firstOf(rest, "/?#");
    String host = rest.substring(0, hostEnd);
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    host = host.replaceFirst("^[^@]*@", "");
    if (privateHost(host)) {
      return true;
    }
    String tail = rest.substring(hostEnd);
    int q = firstOf(tail, "?#");
    String path = tail.substring(0, q);
    String[] segments = path.split("/");
    String site = host.replaceFirst("^(?:www|m|mobile)\\.", "");
    if (SHARING_HOSTS.contains(site) || site.endsWith(".sharepoint.com")) {
      return path.length() > 1;
    }
    if (SOCIAL_HOSTS.contains(site)
        && segments.length > 1
        && !segments[1].isEmpty()
        && !SOCIAL_PAGES.contains(segments[1])
        && !OFFICIAL_ACCOUNT.matcher(segments[1]).matches()) {
      return true;
    }
    for (int i = 0; i + 1 < segments.length; i++) {
      if (PERSON_PATHS.contains(segments[i]) && !segments[i + 1].isEmpty()) {
        return true;
      }
    }
    for (String segment : segments) {
      // /@handle (a social account) and /~name (a personal home page) name one person
      if (segment.length() > 2 && (segment.charAt(0) == '@' || segment.charAt(0) == '~')) {
        return true;
      }
    }
    if (q < tail.length()) {
      String query = tail.substring(q + 1);
      for (String pair : query.split("[&;#?]")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        if (!value.isEmpty()
            && (PERSONAL_KEYS.contains(key) || value.contains("@") || value.contains("%40"))) {
          return true;
        }
      }
      // a name typed into a search box: ?q=山田花子, or the same percent-encoded
      String originalQuery = original.substring(original.length() - query.length());
      String decoded = decode(originalQuery);
      if (ScanText.hasJapanese(decoded)
          && !PersonNames.find(new ScanText(decoded.replace('+', ' '))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Addresses of a private network, or an intranet name with no dot in it. */
  static boolean privateHost(String host) {
    if (host.isEmpty()) {
      return false;
    }
    if (PRIVATE_IPV4.matcher(host).lookingAt() || host.equals("localhost")) {
      return true;
    }
    if (host.matches("[0-9.]+")) {
      return false;
    }
    return host.indexOf('.') < 0
        || host.matches(".*\\.(?:local|lan|internal|intra|intranet|corp|home\\.arpa)$");
  }

  /** {@code others} is sorted by start: a binary search finds the first that may lie inside. */
  private static boolean containsOther(List<int[]> others, int from, int to) {
    int lo = 0;
    int hi = others.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (others.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // URLs do not overlap: over all URLs of a text, each span is looked at once
    for (int i = lo; i < others.size() && others.get(i)[0] < to; i++) {
      if (others.get(i)[1] <= to) {
        return true;
      }
    }
    return false;
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0;
  }
}
