package dev.appyaml.rules.flex;

import dev.appyaml.model.Network;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.regex.Pattern;

/**
 * gcloud's pattern lets {@code network.name} be a path of segments, but the docs ask for the
 * short name ({@code default}, not a resource path). Values the pattern refuses are AY105's.
 */
@RuleInfo(id = "AY612", name = "network-resource-path", severity = Severity.WARNING,
    summary = "network.name should be the network's short name, not a resource path",
    spec = {"AY-NET-002"})
public final class NetworkResourcePath implements Rule {

  private static final Pattern PATH = Pattern.compile("[a-z\\d-]++(?:/[a-z\\d-]++)++");

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().network().map(Located::value).flatMap(Network::name)
        .filter(name -> PATH.matcher(name.value()).matches())
        .ifPresent(name -> {
          String last = name.value().substring(name.value().lastIndexOf('/') + 1);
          ctx.report(name.range(), "network.name is the path " + Flex.shown(name.value())
                  + "; the flexible environment expects the network's short name",
              Fix.replaceWith("use the short name " + last, last));
        });
  }
}
