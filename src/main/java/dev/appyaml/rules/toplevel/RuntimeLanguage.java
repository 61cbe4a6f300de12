package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Platform;
import dev.appyaml.runtime.Language;
import dev.appyaml.runtime.Runtime;
import dev.appyaml.runtime.RuntimeCatalog;
import java.util.Map;
import java.util.Optional;

/**
 * The language family of a file's runtime: from the standard catalog for a standard runtime id,
 * or from the language name the flexible environment uses ({@code python}, {@code aspnetcore}).
 */
final class RuntimeLanguage {

  private static final Map<String, Language> FLEXIBLE = Map.of(
      "python", Language.PYTHON, "nodejs", Language.NODEJS, "go", Language.GO, "java", Language.JAVA,
      "php", Language.PHP, "ruby", Language.RUBY, "aspnetcore", Language.DOTNET, "custom", Language.CUSTOM);

  private RuntimeLanguage() {}

  static Optional<Language> of(Platform platform) {
    if (platform.runtime().isEmpty()) {
      return Optional.empty();
    }
    String runtime = platform.runtime().get();
    if (platform.environment().isFlexible()) {
      return Optional.ofNullable(FLEXIBLE.get(runtime));
    }
    return RuntimeCatalog.bundled().standard(runtime).map(Runtime::language);
  }

  /** Whether the runtime is known and of {@code language}. */
  static boolean is(Platform platform, Language language) {
    return of(platform).filter(language::equals).isPresent();
  }
}
