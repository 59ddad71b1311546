package kohyo.wording;

import java.util.List;
import java.util.stream.Collectors;
import kohyo.base.Problem;

/**
 * {@code templates/wording.yaml} is missing, unreadable or lacks words kohyo needs: a fault of the
 * installation (exit code 3), reported with every problem as {@code path:line:column: message}.
 */
public final class InvalidWording extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidWording(String displayPath, List<Problem> problems) {
    super(
        displayPath
            + " に誤りがあるため、文書を作れません（kohyo の設置の問題です。直すか、配布時の内容に戻してください）。\n"
            + problems.stream().sorted().map(Problem::format).collect(Collectors.joining("\n")),
        null,
        false,
        false);
  }
}
