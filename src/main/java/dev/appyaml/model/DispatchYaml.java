package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * A {@code dispatch.yaml} as typed, located values (spec/neighbours.md §1). {@code dispatch} is
 * kept raw as well, so that rules can tell {@code dispatch:} from {@code dispatch: []}.
 */
public record DispatchYaml(
    MappingNode root,
    Optional<Located<YamlNode>> dispatch,
    List<Located<Rule>> rules) {

  /** One routing rule. {@code url} stays a scalar: the rules judge its type and point inside it. */
  public record Rule(
      MappingNode node,
      Optional<Located<ScalarNode>> url,
      Optional<Located<String>> service,
      Optional<Located<String>> module) {

    /** The service requests go to: {@code service}, else the deprecated {@code module}. */
    public Optional<Located<String>> target() {
      return service.or(() -> module);
    }

    static Optional<Rule> bind(Fields f) {
      return Optional.of(new Rule(f.node(), f.scalar("url"), f.str("service"), f.str("module")));
    }
  }

  /** Binds a root mapping; never fails, whatever the mapping holds. */
  public static DispatchYaml bind(MappingNode root) {
    Fields f = Fields.of(root);
    List<Located<Rule>> rules = f.list("dispatch", n -> Fields.of(n).flatMap(Rule::bind))
        .map(Located::value).orElse(List.of());
    return new DispatchYaml(root, f.raw("dispatch"), rules);
  }
}
