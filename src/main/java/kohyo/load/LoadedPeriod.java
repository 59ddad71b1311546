package kohyo.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A period folder as read from disk: {@code period.yaml} and every {@code cases/*.yaml}, in
 * file-name order.
 *
 * @param folder the folder as given by the user
 * @param name the folder name, which names the output ({@code 2025-h1} → {@code 2025-h1.pdf})
 * @param period the composed {@code period.yaml}, or {@code null} when it could not be read
 * @param cases composed case files that could be read
 */
public record LoadedPeriod(
    Path folder, String name, YamlDocument period, List<YamlDocument> cases) {}
