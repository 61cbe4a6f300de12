package dev.appyaml.rules.flex;

import dev.appyaml.model.Network;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forwarded port is {@code PORT} (the same on host and container) or {@code HOST:CONTAINER},
 * optionally with {@code /tcp} or {@code /udp}. The host side needs 1024-65535 and none of the
 * ports the platform uses; the container side 1-65535 without the few it reserves. Items that
 * do not have that shape at all are AY105's.
 */
@RuleInfo(id = "AY614", name = "forwarded-port", severity = Severity.ERROR,
    summary = "network.forwarded_ports must use ports the flexible environment leaves free",
    spec = {"AY-NET-009", "AY-NET-010"})
public final class ForwardedPort implements Rule {

  private static final Pattern ITEM = Pattern.compile("([0-9]+)(?::([0-9]+))?(?:/(?:udp|tcp))?");

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    List<Located<String>> ports = ctx.app().flexible().network().map(Located::value)
        .flatMap(Network::forwardedPorts).map(Located::value).orElse(List.of());
    for (Located<String> item : ports) {
      Matcher m = ITEM.matcher(item.value());
      if (!m.matches()) {
        continue;
      }
      String host = m.group(1);
      String container = m.group(2) != null ? m.group(2) : m.group(1);
      Optional<String> problem = hostProblem(host).or(() -> containerProblem(container));
      problem.ifPresent(p -> ctx.report(item.range(), "forwarded port " + Flex.shown(item.value()) + ": " + p,
          Fix.hint("choose another port")));
    }
  }

  private static Optional<String> hostProblem(String text) {
    long port = parse(text);
    if (port < 1024 || port > 65535) {
      return Optional.of("host port " + text + " is outside 1024 to 65535");
    }
    if (port == 22 || port == 8080 || port == 8090 || port == 8443 || port == 10000 || port == 10001
        || port >= 10400 && port <= 10500 || port == 11211 || port == 24231) {
      return Optional.of("host port " + text + " is reserved by the flexible environment");
    }
    return Optional.empty();
  }

  private static Optional<String> containerProblem(String text) {
    long port = parse(text);
    if (port < 1 || port > 65535) {
      return Optional.of("container port " + text + " is outside 1 to 65535");
    }
    if (port == 22 || port == 10001 || port >= 10400 && port <= 10500 || port == 11211) {
      return Optional.of("container port " + text + " is reserved by the flexible environment");
    }
    return Optional.empty();
  }

  private static long parse(String digits) {
    return digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
