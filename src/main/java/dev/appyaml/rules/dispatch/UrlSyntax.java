package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.text.Describe;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY706", name = "dispatch-url-syntax", severity = Severity.ERROR,
    summary = "a dispatch url must be a string of a host pattern and a path, such as */api/* or example.com/",
    spec = {"DSP-010", "DSP-011"})
public final class UrlSyntax extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      rule.value().url().map(Located::value).filter(s -> !s.isNull()).ifPresent(url -> check(ctx, url));
    }
  }

  private void check(RuleContext ctx, ScalarNode url) {
    if (!DispatchUrl.isString(url)) {
      ctx.report(url.range(), "url is " + Describe.value(url) + ", which YAML reads as " + url.kindName()
          + "; gcloud needs a string pattern such as \"*/api/*\"", Fix.hint("quote it"));
      return;
    }
    String text = url.text();
    int slash = text.indexOf('/');
    String shown = Describe.value(url);
    if (slash < 0) {
      ctx.report(url.range(), "url " + shown + " has no path; expected HOST/PATH such as " + text + "/*",
          replace("add a path", text + "/*"));
    } else if (slash == 0) {
      ctx.report(url.range(), "url " + shown + " has no host part; expected HOST/PATH such as *" + text,
          replace("match every host with *", "*" + text));
    } else if (text.contains("\n")) {
      ctx.report(url.range(), "url " + shown + " spans more than one line; expected HOST/PATH on one line");
    } else {
      DispatchUrl.of(java.util.Optional.of(Located.of(url, url.range()))).filter(DispatchUrl::hasScheme).ifPresent(u -> {
        String bare = text.substring(u.hostPattern().length() + 2);
        ctx.report(u.span(ctx, 0, u.hostPattern().length() + 2), "url " + shown + " starts with a scheme;"
            + " dispatch urls are written without http:// or https://, such as " + bare,
            Fix.replaceWith("remove the scheme", ""));
      });
    }
  }

  /** A replacement value, double-quoted because a plain scalar cannot start with *. */
  private static Fix replace(String title, String pattern) {
    if (pattern.contains("\"") || pattern.contains("\\")) {
      return Fix.hint(title);
    }
    return Fix.replaceWith(title, '"' + pattern + '"');
  }
}
