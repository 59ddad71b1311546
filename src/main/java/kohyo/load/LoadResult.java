package kohyo.load;

import java.util.List;
import kohyo.base.Problem;

/**
 * What reading one period folder gave: the documents that could be read and the problems met on the
 * way.
 */
public record LoadResult(LoadedPeriod period, List<Problem> problems) {

  public boolean ok() {
    return problems.isEmpty();
  }
}
