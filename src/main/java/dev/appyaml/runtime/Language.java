package dev.appyaml.runtime;

/** Language family of a runtime; {@code DOTNET} is flex's {@code aspnetcore}, {@code CUSTOM} flex's {@code custom}. */
public enum Language {
  GO,
  JAVA,
  NODEJS,
  PHP,
  PYTHON,
  RUBY,
  DOTNET,
  CUSTOM
}
