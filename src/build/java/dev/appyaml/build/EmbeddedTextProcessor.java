package dev.appyaml.build;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Build step (run by javac while it compiles appyaml): writes {@code EmbeddedTexts} in the
 * package of each class marked {@code @EmbedsText("name")}, holding the text of those resources
 * of the package (already copied to the class output by Maven's resources step) as string
 * constants. Looking a resource up at run time walks the JDK's module image and opens the jar a
 * second time, milliseconds of a one-file run (docs/performance.md); the constant costs nothing.
 * The resource file stays the one place where the data is written.
 */
@SupportedAnnotationTypes(EmbeddedTextProcessor.EMBEDS_TEXT)
public final class EmbeddedTextProcessor extends AbstractProcessor {

  static final String EMBEDS_TEXT = "dev.appyaml.text.EmbedsText";

  /** Package name to resource name to text. */
  private final Map<String, Map<String, String>> texts = new TreeMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        String pkg = processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
        for (String name : resourceNames(element, annotation)) {
          read(pkg, name, element);
        }
      }
    }
    if (round.processingOver()) {
      texts.forEach(this::write);
    }
    return false;
  }

  private List<String> resourceNames(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")) {
            return ((List<?>) e.getValue().getValue()).stream()
                .map(v -> (String) ((AnnotationValue) v).getValue()).toList();
          }
        }
      }
    }
    return List.of();
  }

  private void read(String pkg, String name, Element element) {
    try {
      CharSequence text = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, pkg, name).getCharContent(false);
      texts.computeIfAbsent(pkg, p -> new TreeMap<>()).put(name, text.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "cannot read resource " + name + " of package " + pkg + " (is it under src/main/resources?): " + e.getMessage(), element);
    }
  }

  private void write(String pkg, Map<String, String> resources) {
    StringBuilder java = new StringBuilder()
        .append("package ").append(pkg).append(";\n\n")
        .append("/** Written by dev.appyaml.build.EmbeddedTextProcessor from this package's resources; do not edit. */\n")
        .append("final class EmbeddedTexts {\n\n")
        .append("  private EmbeddedTexts() {}\n\n")
        .append("  /** The text of a resource of this package marked with @EmbedsText, or null. */\n")
        .append("  static String of(String name) {\n")
        .append("    return switch (name) {\n");
    resources.forEach((name, text) -> java.append("      case ").append(processingEnv.getElementUtils().getConstantExpression(name))
        .append(" -> ").append(processingEnv.getElementUtils().getConstantExpression(text)).append(";\n"));
    java.append("      default -> null;\n    };\n  }\n}\n");
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + ".EmbeddedTexts").openWriter()) {
      out.write(java.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + pkg + ".EmbeddedTexts: " + e.getMessage());
    }
  }
}
