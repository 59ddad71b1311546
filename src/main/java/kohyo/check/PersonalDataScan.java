package kohyo.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Looks for personal data in one published text: every {@link PersonalDataKind}, matched on the NFKC form and
 * reported as the original characters with their offsets in the given text.
 *
 * <p>Where two findings overlap, the earlier kind wins (a URL holding a phone number is reported once, as a
 * URL), so that one acknowledgement covers one thing the reader sees.
 */
final class PersonalDataScan {

    /**
     * One match.
     *
     * @param start offset of the first char in the original text
     * @param end   offset after the last char in the original text
     * @param text  the original characters, as the user wrote them (full-width digits and all)
     */
    record Match(PersonalDataKind kind, int start, int end, String text) {
    }

    private PersonalDataScan() {
    }

    static List<Match> scan(String original) {
        NormalizedText normalized = NormalizedText.of(original);
        List<int[]> taken = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            for (int[] span : kind.find(normalized.text())) {
                if (taken.stream().anyMatch(t -> t[0] < span[1] && span[0] < t[1])) {
                    continue;
                }
                taken.add(span);
                int start = normalized.originalStart(span[0]);
                int end = normalized.originalEnd(span[1]);
                matches.add(new Match(kind, start, end, original.substring(start, end)));
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }
}
