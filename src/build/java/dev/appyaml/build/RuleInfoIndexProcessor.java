package dev.appyaml.build;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Build step (run by javac while it compiles appyaml): writes {@code dev.appyaml.rule.RuleInfoIndex},
 * every {@code @RuleInfo} of the sources as plain values. Reading an annotation at run time makes
 * the JVM generate a proxy class (and start its class-file library), which no start-up cache can
 * hold; the index gives the same values without that. The annotation stays the one place where a
 * rule's metadata is written.
 */
@SupportedAnnotationTypes(RuleInfoIndexProcessor.RULE_INFO)
public final class RuleInfoIndexProcessor extends AbstractProcessor {

  static final String RULE_INFO = "dev.appyaml.rule.RuleInfo";
  private static final List<String> ELEMENTS =
      List.of("id", "name", "severity", "summary", "spec", "severityVaries", "safeFix");

  private final Map<String, String> entries = new TreeMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement ruleInfo = processingEnv.getElementUtils().getTypeElement(RULE_INFO);
    if (ruleInfo != null) {
      for (Element element : round.getElementsAnnotatedWith(ruleInfo)) {
        TypeElement type = (TypeElement) element;
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
          if (mirror.getAnnotationType().asElement().equals(ruleInfo)) {
            entries.put(processingEnv.getElementUtils().getBinaryName(type).toString(), constructorCall(mirror));
          }
        }
      }
    }
    if (round.processingOver() && !entries.isEmpty()) {
      write();
    }
    return false;
  }

  private String constructorCall(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new TreeMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    if (!values.keySet().equals(Set.copyOf(ELEMENTS))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "RuleInfoIndexProcessor knows the elements " + ELEMENTS + " of @RuleInfo, not " + values.keySet());
    }
    return ELEMENTS.stream().map(name -> literal(values.get(name))).collect(Collectors.joining(", ", "new RuleInfoValue(", ")"));
  }

  private String literal(AnnotationValue value) {
    Object v = value == null ? null : value.getValue();
    if (v instanceof VariableElement constant) {
      return "Severity." + constant.getSimpleName();
    }
    if (v instanceof List<?> list) {
      return list.stream().map(item -> literal((AnnotationValue) item))
          .collect(Collectors.joining(", ", "new String[] {", "}"));
    }
    return processingEnv.getElementUtils().getConstantExpression(v);
  }

  private void write() {
    StringBuilder java = new StringBuilder()
        .append("package dev.appyaml.rule;\n\n")
        .append("/** Written by dev.appyaml.build.RuleInfoIndexProcessor from the @RuleInfo annotations; do not edit. */\n")
        .append("final class RuleInfoIndex {\n\n")
        .append("  private RuleInfoIndex() {}\n\n")
        .append("  /** The metadata of a class compiled with appyaml, or null. */\n")
        .append("  static RuleInfo of(String className) {\n")
        .append("    return switch (className) {\n");
    entries.forEach((name, call) -> java.append("      case \"").append(name).append("\" -> ").append(call).append(";\n"));
    java.append("      default -> null;\n    };\n  }\n}\n");
    try (Writer out = processingEnv.getFiler().createSourceFile("dev.appyaml.rule.RuleInfoIndex").openWriter()) {
      out.write(java.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write RuleInfoIndex: " + e.getMessage());
    }
  }
}
