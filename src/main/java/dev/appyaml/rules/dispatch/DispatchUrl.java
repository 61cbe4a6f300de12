package dev.appyaml.rules.dispatch;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarSpans;
import dev.appyaml.yaml.ScalarType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dispatch rule's url split the way gcloud splits it ({@code dispatchinfo.py ParsedURL}): the
 * host part before the first {@code /}, a leading {@code *} making it a suffix match; the path
 * from that {@code /} on, a trailing {@code *} making it a prefix match.
 */
record DispatchUrl(ScalarNode scalar, String text, String hostPattern, String pathPattern) {

  private static final Pattern SPLITTER = Pattern.compile("([^/]+)(/[^\\n]*)\\n?");
  /**
   * One host label of gcloud's host patterns, {@code [a-z0-9]([a-z0-9\-]*[a-z0-9])*}: the same
   * language written without nested quantifiers (gcloud's form takes exponential time on a
   * label such as customerportalfrontendservice_x): a possessive run that must not end in '-'.
   */
  private static final String LABEL = "[a-z0-9][a-z0-9-]*+(?<!-)";
  /** gcloud's _URL_HOST_EXACT_PATTERN_RE, in linear form (see {@link #LABEL}). */
  static final Pattern EXACT_HOST = Pattern.compile("(?:" + LABEL + "\\.)*+" + LABEL + "\\n?");
  /** gcloud's _URL_HOST_SUFFIX_PATTERN_RE: *, *-name, *.domain or *name.domain, in linear form. */
  static final Pattern SUFFIX_HOST = Pattern.compile(
      "\\*[a-z0-9-]*+(?<!-)(?:\\.(?:" + LABEL + "\\.)*+" + LABEL + ")?\\n?");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:");

  /** The url of a rule when it is a string gcloud can split; other rules report the rest. */
  static Optional<DispatchUrl> of(Optional<Located<ScalarNode>> url) {
    return url.map(Located::value).filter(DispatchUrl::isString).flatMap(s -> {
      Matcher m = SPLITTER.matcher(s.text());
      return m.matches() ? Optional.of(new DispatchUrl(s, s.text(), m.group(1), m.group(2))) : Optional.empty();
    });
  }

  /** PyYAML gives gcloud a str only for string scalars; a number or date is refused. */
  static boolean isString(ScalarNode s) {
    return s.type() == ScalarType.STRING;
  }

  boolean hostIsWildcard() {
    return hostPattern.startsWith("*");
  }

  /** The host without a leading {@code *}. */
  String host() {
    return hostIsWildcard() ? hostPattern.substring(1) : hostPattern;
  }

  boolean pathIsPrefix() {
    return pathPattern.endsWith("*");
  }

  /** The path without a trailing {@code *}. */
  String path() {
    return pathIsPrefix() ? pathPattern.substring(0, pathPattern.length() - 1) : pathPattern;
  }

  /** Whether the host part starts with a URL scheme such as {@code https:}. */
  boolean hasScheme() {
    return SCHEME.matcher(hostPattern).matches() && pathPattern.startsWith("//");
  }

  int pathStart() {
    return hostPattern.length();
  }

  /** The source range of {@code length} chars of the url from {@code offset}, or the whole value. */
  Range span(RuleContext ctx, int offset, int length) {
    return ScalarSpans.of(ctx.document().source(), scalar, offset, length).orElse(scalar.range());
  }

  Range hostSpan(RuleContext ctx) {
    return span(ctx, 0, hostPattern.length());
  }

  Range pathSpan(RuleContext ctx) {
    return span(ctx, pathStart(), pathPattern.length());
  }

  /** How gcloud sends the rule to the Admin API: {domain, path}, for messages. */
  String described() {
    return hostPattern + pathPattern;
  }
}
