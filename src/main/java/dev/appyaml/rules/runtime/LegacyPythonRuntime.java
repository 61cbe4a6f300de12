package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code python} (Python 2.5) and {@code python-compat}: names gcloud refuses in the standard environment. */
@RuleInfo(id = "AY221", name = "legacy-python-runtime", severity = Severity.ERROR,
    summary = "runtime python and python-compat are retired runtimes that gcloud refuses in the standard environment",
    spec = {"AY-RT-005", "AY-RT-006"},
    severityVaries = "warning for python-compat in the flexible environment")
public final class LegacyPythonRuntime implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Located<String>> runtime = ctx.app().runtime();
    if (runtime.isEmpty()) {
      return;
    }
    Located<String> r = runtime.get();
    boolean standard = ctx.platform().isStandard();
    if (r.value().equals("python") && standard) {
      ctx.report(r.range(), "runtime python is the retired Python 2.5 runtime, which gcloud refuses in the"
              + " standard environment; expected python27 or a Python 3 runtime such as python313",
          Fix.hint("use runtime: python27 (gcloud's advice), a Python 3 runtime, or add env: flex"));
    } else if (r.value().equals("python-compat")) {
      if (standard) {
        ctx.report(r.range(), "runtime python-compat is not a supported runtime; gcloud refuses it",
            Fix.hint("use a Python 3 runtime such as python313, or env: flex with runtime: python"));
      } else {
        ctx.report(Severity.WARNING, r.range(),
            "runtime python-compat is deprecated in the flexible environment; expected python",
            Optional.of(Fix.replaceWith("use runtime: python", "python")));
      }
    }
  }
}
