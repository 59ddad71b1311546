package kohyo.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code SHA256SUMS} file: one {@code <hex>  <relative path>} line per file, as {@code sha256sum} writes in text
 * mode and {@code sha256sum -c} reads. Paths are relative to the folder holding the file, with {@code /}.
 */
final class Checksums {

    static final String FILE_NAME = "SHA256SUMS";

    /** One line of the file. */
    record Entry(String sha256, String path) {
    }

    private Checksums() {
    }

    /** @param files relative path → content, written in the map's order */
    static String format(Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, bytes) -> out.append(Sha256.hex(bytes)).append("  ").append(path).append('\n'));
        return out.toString();
    }

    /** The entries, or empty when a line is not in the format (the caller names the file). */
    static Optional<List<Entry>> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            // "<hex>  name" (text mode) or "<hex> *name" (binary mode)
            if (line.length() < 67 || !Sha256.isHex(line.substring(0, 64)) || line.charAt(64) != ' '
                    || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
                return Optional.empty();
            }
            String path = line.substring(66);
            if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
                return Optional.empty();
            }
            entries.add(new Entry(line.substring(0, 64), path));
        }
        return Optional.of(entries);
    }

    /** Whether a name can be written so that {@code sha256sum -c} reads it back unescaped. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\\' || c == '/');
    }
}
