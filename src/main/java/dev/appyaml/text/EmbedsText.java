package dev.appyaml.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resources of the marked class's package whose text the build compiles into
 * {@code EmbeddedTexts} ({@code dev.appyaml.build.EmbeddedTextProcessor}), so that reading them
 * at run time needs no resource lookup. Read at build time only.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface EmbedsText {
  String[] value();
}
