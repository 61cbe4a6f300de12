package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.source.Located;
import java.util.Optional;

/**
 * Where dispatch rules send a request for a path whose host is not known (a cron request): the
 * first rule whose path matches decides, but only a rule for every host ({@code *}) certainly
 * matches; a host-specific rule before it may or may not.
 */
public final class DispatchRouting {

  /** Files with more rules than this are not routed (the service allows 20; AY705 says so). */
  public static final int MAX_RULES = 1000;

  private DispatchRouting() {}

  /** The outcome: no rule's path matches, a rule certainly routes it, or it cannot be told. */
  public record Route(boolean pathMatched, Optional<Located<DispatchYaml.Rule>> rule) {

    /** The service the rule routes to, when a rule certainly routes the request. */
    public Optional<String> service() {
      return rule.map(r -> r.value().target().map(Located::value).orElse("default"));
    }

    /** The url pattern of the rule, for messages. */
    public String pattern() {
      return rule.flatMap(r -> DispatchUrl.of(r.value().url())).map(DispatchUrl::text).orElse("");
    }
  }

  public static Route route(DispatchYaml dispatch, String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      Optional<DispatchUrl> url = DispatchUrl.of(rule.value().url());
      if (url.isEmpty() || !matchesPath(url.get(), bare)) {
        continue;
      }
      return new Route(true, url.get().hostPattern().equals("*") ? Optional.of(rule) : Optional.empty());
    }
    return new Route(false, Optional.empty());
  }

  private static boolean matchesPath(DispatchUrl url, String path) {
    return url.pathIsPrefix() ? path.startsWith(url.path()) : path.equals(url.path());
  }
}
