package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import dev.appyaml.yaml.Scalars;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.Optional;

@RuleInfo(id = "AY102", name = "wrong-type", severity = Severity.ERROR,
    summary = "a value must have the type Google's validator converts it to",
    spec = {"AY-HND-001", "AY-VAR-001", "AY-FAS-011", "AY-RES-004",
        "DSP-004", "CRN-004", "AH-004", "AH-ENV-001"},
    severityVaries = "warning for a fractional number where a whole one is expected, which Google's validator truncates")
public final class WrongType extends SchemaRule.OfValues {

  @Override
  public void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (node instanceof ScalarNode s && s.isNull()) {
      return;
    }
    if (shape instanceof Shape.Text || shape instanceof Shape.Bool) {
      requireScalar(ctx, node, path, shape);
    } else if (shape instanceof Shape.Int) {
      integer(ctx, node, path);
    } else if (shape instanceof Shape.Decimal) {
      if (requireScalar(ctx, node, path, shape) && Scalars.toDouble((ScalarNode) node).isEmpty()) {
        ctx.report(node.range(), path + " is " + Describe.value(node) + "; expected a number");
      }
    } else if (shape instanceof Shape.Obj) {
      require(ctx, node instanceof MappingNode, node, path, shape);
    } else if (shape instanceof Shape.ListOf) {
      require(ctx, node instanceof SequenceNode, node, path, shape);
    } else if (shape instanceof Shape.StringMap) {
      stringMap(ctx, node, path, shape);
    } else if (shape instanceof Shape.RegexOrList) {
      regexes(ctx, node, path, shape);
    }
  }

  private static void integer(RuleContext ctx, YamlNode node, String path) {
    if (!requireScalar(ctx, node, path, new Shape.Int(0, 0, ""))) {
      return;
    }
    ScalarNode s = (ScalarNode) node;
    if (s.type() == ScalarType.FLOAT && Scalars.toLong(s).isPresent()
        && (double) Scalars.toLong(s).get() != (Double) s.value()) {
      ctx.report(Severity.WARNING, node.range(), path + " is " + s.text()
          + "; expected a whole number, and Google's validator silently truncates it to " + Scalars.toLong(s).get(),
          Optional.of(Fix.replaceWith("write a whole number", Long.toString(Scalars.toLong(s).get()))));
    } else if (Scalars.toLong(s).isEmpty()) {
      ctx.report(node.range(), path + " is " + Describe.value(node) + "; expected a whole number");
    }
  }

  private static void stringMap(RuleContext ctx, YamlNode node, String path, Shape shape) {
    if (!require(ctx, node instanceof MappingNode, node, path, shape)) {
      return;
    }
    for (MappingNode.Entry entry : ((MappingNode) node).entries()) {
      if (!(entry.value() instanceof ScalarNode)) {
        ctx.report(Severity.WARNING, entry.value().range(), path + "." + entry.name() + " is "
            + entry.value().kindName() + "; Google's validator turns it into its Python text form",
            Optional.of(Fix.hint("write the value as one quoted string")));
      }
    }
  }

  private static void regexes(RuleContext ctx, YamlNode node, String path, Shape shape) {
    if (node instanceof SequenceNode list) {
      list.items().stream().filter(item -> !(item instanceof ScalarNode))
          .forEach(item -> ctx.report(item.range(), path + " item is " + item.kindName() + "; expected a regular expression"));
    } else {
      requireScalar(ctx, node, path, shape);
    }
  }

  private static boolean requireScalar(RuleContext ctx, YamlNode node, String path, Shape shape) {
    return require(ctx, node instanceof ScalarNode, node, path, shape);
  }

  private static boolean require(RuleContext ctx, boolean ok, YamlNode node, String path, Shape shape) {
    if (!ok) {
      ctx.report(node.range(), path + " is " + node.kindName() + "; expected " + shape.expected());
    }
    return ok;
  }
}
