package kohyo.base;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Japanese wording for the I/O failures a user can fix (missing file, no permission). */
public final class IoMessages {

  private IoMessages() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "見つかりません";
    }
    if (e instanceof AccessDeniedException) {
      return "アクセスが拒否されました";
    }
    if (e instanceof NotDirectoryException) {
      return "フォルダーではありません";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "同じ名前のファイルがあり、フォルダーを作れません";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "フォルダーが空ではありません";
    }
    if (e instanceof FileSystemException) {
      return "ファイルシステムのエラー";
    }
    return "入出力エラー";
  }
}
