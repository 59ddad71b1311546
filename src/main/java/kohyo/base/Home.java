package kohyo.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The kohyo installation folder holding {@code templates/} and {@code fonts/}: the {@code
 * kohyo.home} system property (set by the {@code ./kohyo} launcher), else the current folder.
 */
public record Home(Path root) {

  public static final String PROPERTY = "kohyo.home";

  public static Home locate() {
    String configured = System.getProperty(PROPERTY);
    return new Home(
        Path.of(configured == null || configured.isBlank() ? "." : configured)
            .toAbsolutePath()
            .normalize());
  }

  public Path templates() {
    return root.resolve("templates");
  }

  /** The editor's page templates and stylesheet ({@code kohyo serve}); no document uses them. */
  public Path editorTemplates() {
    return templates().resolve("editor");
  }

  public Path fonts() {
    return root.resolve("fonts");
  }

  public Path regularFont() {
    return fonts().resolve("BIZUDGothic-Regular.ttf");
  }

  public Path boldFont() {
    return fonts().resolve("BIZUDGothic-Bold.ttf");
  }

  public List<Path> fontFiles() {
    return List.of(regularFont(), boldFont());
  }

  /**
   * Whether the installation is complete; checked once so that a broken checkout gets one clear
   * message.
   */
  public boolean isComplete() {
    return Files.isDirectory(templates()) && fontFiles().stream().allMatch(Files::isRegularFile);
  }
}
