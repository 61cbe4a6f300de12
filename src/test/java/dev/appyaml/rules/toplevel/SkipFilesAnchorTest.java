package dev.appyaml.rules.toplevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkipFilesAnchorTest {

  @Test
  void splitsOnlyAtTopLevelBars() {
    assertEquals(List.of("^a", "b(c|d)", "[|]e", "\\|f"), SkipFilesAnchor.alternatives("^a|b(c|d)|[|]e|\\|f"));
    assertEquals(List.of("[]|]x", "y"), SkipFilesAnchor.alternatives("[]|]x|y"));
    assertEquals(List.of("^(.*/)?((#.*#)|(.*~)|(.*\\.py[co])|(.*/RCS/.*)|(\\..*)|)$"),
        SkipFilesAnchor.alternatives("^(.*/)?((#.*#)|(.*~)|(.*\\.py[co])|(.*/RCS/.*)|(\\..*)|)$"));
  }

  @Test
  void reportsTheFirstUnanchoredAlternative() {
    assertEquals(Optional.empty(), SkipFilesAnchor.unanchored("^(.*/)?#.*#$|.*~$|(.*/)?RCS/.*"));
    assertEquals(Optional.of("\\.bak$"), SkipFilesAnchor.unanchored("^tmp/.*|\\.bak$"));
    assertEquals(Optional.empty(), SkipFilesAnchor.unanchored("^a|"));
  }
}
