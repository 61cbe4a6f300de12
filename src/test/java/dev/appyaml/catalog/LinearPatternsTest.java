package dev.appyaml.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.SameLanguage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Catalog patterns that gcloud writes with repeated groups are kept in a form that accepts the
 * same values and matches long ones without backtracking or stack overflow.
 */
class LinearPatternsTest {

  @Test
  void expirationIsGcloudsLanguage() {
    SameLanguage.assertSame("\\s*([0-9]+)([DdHhMm]|[sS]?)(\\s+([0-9]+)([DdHhMm]|[sS]?))*\\s*", AppCatalog.EXPIRATION,
        "12 dhmsDx\t", 9);
  }

  @Test
  void connectorAndNetworkNamesAreGcloudsLanguage() {
    SameLanguage.assertSame("[a-z\\d-]+(/.+)*", AppCatalog.CONNECTOR_NAME, "a1-/ \nB", 8);
    SameLanguage.assertSame("[a-z\\d-]+(/[a-z\\d-]+)*", AppCatalog.NETWORK_NAME, "a1-/ B", 8);
  }

  @Test
  void jobAgeLimitIsFloatAndUnit() {
    SameLanguage.assertSame("\\s*\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*[smhd]", CronCatalog.AGE, "12.e+- smhdx", 9);
  }

  @Test
  void longValuesAreAnsweredAtOnce() {
    assertTrue(Pattern.compile(AppCatalog.EXPIRATION).matcher("1d ".repeat(100_000)).matches());
    assertTrue(Pattern.compile(AppCatalog.NETWORK_NAME).matcher("a/".repeat(100_000) + "a").matches());
    assertTrue(Pattern.compile(AppCatalog.CONNECTOR_NAME).matcher("a/".repeat(100_000) + "a").matches());
    assertFalse(Pattern.compile(CronCatalog.AGE).matcher("1".repeat(100_000) + "x").matches());
  }
}
