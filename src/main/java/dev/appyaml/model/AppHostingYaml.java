package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A Firebase App Hosting {@code apphosting.yaml} (or {@code apphosting.ENV.yaml}) as typed,
 * located values (spec/neighbours.md §3). Values are converted the way Go's yaml.v2 fills
 * Google's buildpacks structs: text keeps what was written ({@code 1.10} stays {@code 1.10}),
 * a number field takes only an unquoted number (a fraction in an integer field is truncated),
 * and a value Go could not convert is absent here (AY759 reports it).
 */
public record AppHostingYaml(
    MappingNode root,
    Optional<Located<RunConfig>> runConfig,
    Optional<Located<List<Located<EnvVar>>>> env,
    Optional<Located<Scripts>> scripts) {

  /** The Cloud Run settings. */
  public record RunConfig(
      MappingNode node,
      Optional<Located<Double>> cpu,
      Optional<Located<Long>> memoryMiB,
      Optional<Located<Long>> concurrency,
      Optional<Located<Long>> maxInstances,
      Optional<Located<Long>> minInstances,
      Optional<Located<Boolean>> cpuAlwaysAllocated,
      Optional<Located<VpcAccess>> vpcAccess) {

    static RunConfig bind(Fields f) {
      return new RunConfig(f.node(), number(f, "cpu"), int32(f, "memoryMiB"), int32(f, "concurrency"),
          int32(f, "maxInstances"), int32(f, "minInstances"), bool(f, "cpuAlwaysAllocated"),
          f.object("vpcAccess", VpcAccess::bind));
    }
  }

  /** Serverless VPC Access connector or Direct VPC egress. */
  public record VpcAccess(
      MappingNode node,
      Optional<Located<String>> connector,
      Optional<Located<String>> egress,
      Optional<Located<List<Located<NetworkInterface>>>> networkInterfaces) {

    static VpcAccess bind(Fields f) {
      return new VpcAccess(f.node(), text(f, "connector"), text(f, "egress"),
          f.list("networkInterfaces", n -> Fields.of(n).map(NetworkInterface::bind)));
    }
  }

  /** One Direct VPC network interface. */
  public record NetworkInterface(MappingNode node, Optional<Located<String>> network, Optional<Located<String>> subnetwork) {

    static NetworkInterface bind(Fields f) {
      return new NetworkInterface(f.node(), text(f, "network"), text(f, "subnetwork"));
    }
  }

  /**
   * One {@code env} entry. {@code value} stays a scalar (rules look at how it was typed);
   * {@code availability} is present even when it is an empty list.
   */
  public record EnvVar(
      MappingNode node,
      Optional<Located<String>> variable,
      Optional<Located<ScalarNode>> value,
      Optional<Located<String>> secret,
      Optional<Located<List<Located<String>>>> availability) {

    /** Go leaves a string field empty for an empty or missing value, and buildpacks treats "" as absent. */
    public Optional<Located<ScalarNode>> givenValue() {
      return value.filter(v -> !v.value().text().isEmpty());
    }

    public Optional<Located<String>> givenSecret() {
      return secret.filter(s -> !s.value().isEmpty());
    }

    static EnvVar bind(Fields f) {
      return new EnvVar(f.node(), text(f, "variable"), f.scalar("value"), text(f, "secret"),
          f.list("availability", n -> n instanceof ScalarNode s && !s.isNull() ? Optional.of(s.text()) : Optional.empty()));
    }
  }

  /** Build and start commands that replace the framework's. */
  public record Scripts(MappingNode node, Optional<Located<String>> buildCommand, Optional<Located<String>> runCommand) {

    static Scripts bind(Fields f) {
      return new Scripts(f.node(), rawText(f, "buildCommand"), rawText(f, "runCommand"));
    }
  }

  /** Binds a root mapping; never fails, whatever the mapping holds. */
  public static AppHostingYaml bind(MappingNode root) {
    Fields f = Fields.of(root);
    return new AppHostingYaml(root, f.object("runConfig", RunConfig::bind),
        f.list("env", n -> Fields.of(n).map(EnvVar::bind)), f.object("scripts", Scripts::bind));
  }

  /** The entries of {@code env} that are mappings, in order. */
  public List<Located<EnvVar>> envVars() {
    return env.map(Located::value).orElse(List.of());
  }

  /** A scalar as Go reads it into a string: the text as written. */
  private static Optional<Located<String>> text(Fields f, String key) {
    return f.scalar(key).map(s -> new Located<>(s.value().text(), s.range(), s.keyRange()));
  }

  /** Like {@link #text}, but present even when the value is empty ({@code runCommand: ""}). */
  private static Optional<Located<String>> rawText(Fields f, String key) {
    return f.node().entry(key).filter(e -> e.value() instanceof ScalarNode)
        .map(e -> new Located<>(((ScalarNode) e.value()).isNull() ? "" : ((ScalarNode) e.value()).text(),
            e.value().range(), e.key().range()));
  }

  private static Optional<Located<Double>> number(Fields f, String key) {
    return f.scalar(key).flatMap(s -> switch (s.value().type()) {
      case INT -> Optional.of(new Located<>(((BigInteger) s.value().value()).doubleValue(), s.range(), s.keyRange()));
      case FLOAT -> Optional.of(new Located<>((Double) s.value().value(), s.range(), s.keyRange()));
      default -> Optional.empty();
    });
  }

  /** An int32 field: an unquoted integer in range, or a float truncated toward zero. */
  private static Optional<Located<Long>> int32(Fields f, String key) {
    return f.scalar(key).flatMap(s -> {
      Long v = switch (s.value().type()) {
        case INT -> ((BigInteger) s.value().value()).bitLength() < 32 ? ((BigInteger) s.value().value()).longValue() : null;
        case FLOAT -> Double.isFinite((Double) s.value().value()) ? (long) (double) (Double) s.value().value() : null;
        default -> null;
      };
      return v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE
          ? Optional.empty() : Optional.of(new Located<>(v, s.range(), s.keyRange()));
    });
  }

  private static Optional<Located<Boolean>> bool(Fields f, String key) {
    return f.scalar(key).filter(s -> s.value().type() == ScalarType.BOOL)
        .map(s -> new Located<>((Boolean) s.value().value(), s.range(), s.keyRange()));
  }
}
