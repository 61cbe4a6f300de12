package dev.appyaml.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-time index of rule metadata says what each rule's annotation says. */
class RuleInfoIndexTest {

  @Test
  void everyRuleIsIndexedWithItsAnnotationsValues() {
    List<Class<?>> classes = new ArrayList<>();
    classes.add(InternalError.class);
    RuleRegistry.all().forEach(rule -> classes.add(rule.getClass()));
    for (Class<?> ruleClass : classes) {
      RuleInfo annotation = ruleClass.getAnnotation(RuleInfo.class);
      RuleInfo indexed = RuleInfoIndex.of(ruleClass.getName());
      assertNotNull(indexed, ruleClass.getName() + " is not in the index");
      String where = ruleClass.getName();
      assertEquals(annotation.id(), indexed.id(), where);
      assertEquals(annotation.name(), indexed.name(), where);
      assertEquals(annotation.severity(), indexed.severity(), where);
      assertEquals(annotation.summary(), indexed.summary(), where);
      assertArrayEquals(annotation.spec(), indexed.spec(), where);
      assertEquals(annotation.severityVaries(), indexed.severityVaries(), where);
      assertEquals(annotation.safeFix(), indexed.safeFix(), where);
      assertEquals(RuleInfo.class, indexed.annotationType(), where);
      assertTrue(Rules.info(ruleClass) instanceof RuleInfoValue, where + ": Rules.info reads the annotation");
    }
  }
}
