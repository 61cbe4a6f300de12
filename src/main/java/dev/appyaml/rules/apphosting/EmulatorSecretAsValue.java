package dev.appyaml.rules.apphosting;

import java.util.Set;
import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@RuleInfo(id = "AY774", name = "emulator-secret-as-value", severity = Severity.ERROR,
    summary = "apphosting.emulator.yaml may not turn a secret of apphosting.yaml into a plain-text value",
    spec = {"AH-002"})
public final class EmulatorSecretAsValue implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    for (CheckedFile emulator : ctx.files(FileKind.APPHOSTING)) {
      if (!AppHostingFiles.environment(emulator).filter(AppHostingFiles.EMULATOR::equals).isPresent()) {
        continue;
      }
      Optional<CheckedFile> base = ctx.sibling(emulator, AppHostingFiles.BASE).filter(b -> RunContext.root(b).isPresent());
      if (base.isEmpty()) {
        continue;
      }
      Map<String, Located<AppHostingYaml.EnvVar>> secrets = AppHostingYaml.bind(RunContext.root(base.get()).orElseThrow())
          .envVars().stream()
          .filter(e -> e.value().variable().isPresent() && e.value().givenSecret().isPresent())
          .collect(Collectors.toMap(e -> e.value().variable().get().value(), Function.identity(), (a, b) -> a));
      for (Located<AppHostingYaml.EnvVar> env : AppHostingYaml.bind(RunContext.root(emulator).orElseThrow()).envVars()) {
        env.value().variable().map(Located::value).filter(secrets::containsKey).ifPresent(name ->
            env.value().givenValue().ifPresent(value -> ctx.report(emulator, value.range(), "variable " + name
                + " is a secret in apphosting.yaml (line " + secrets.get(name).range().start().line() + "), and the"
                + " emulator refuses to turn a secret into plain text", Optional.of(Fix.hint(
                    "use secret: with a test secret, or put the plain value in apphosting.local.yaml, which is not committed")))));
      }
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.APPHOSTING;
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return Set.of(FileKind.APPHOSTING);
  }
}
