package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * validate's options are built by hand in {@link ValidateCommandLine}; picocli never reads
 * {@link ValidateCommand}'s annotations, so an {@code @Option} added there would be ignored
 * without a word. This test says so instead.
 */
class ValidateCommandLineTest {

  @Test
  void validateCommandCarriesNoPicocliAnnotation() {
    List<String> annotated = new ArrayList<>();
    for (Field field : ValidateCommand.class.getDeclaredFields()) {
      for (var annotation : field.getAnnotations()) {
        if (annotation.annotationType().getName().startsWith("picocli.")) {
          annotated.add(field.getName() + " @" + annotation.annotationType().getSimpleName());
        }
      }
    }
    for (var annotation : ValidateCommand.class.getAnnotations()) {
      if (annotation.annotationType().getName().startsWith("picocli.")) {
        annotated.add("class @" + annotation.annotationType().getSimpleName());
      }
    }
    assertEquals(List.of(), annotated, "define validate's options in ValidateCommandLine");
  }
}
