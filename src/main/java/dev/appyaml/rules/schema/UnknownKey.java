package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Suggestions;
import dev.appyaml.yaml.MappingNode;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY101", name = "unknown-key", severity = Severity.ERROR,
    summary = "every key must be one Google's validator knows at that place",
    spec = {"AY-YAML-006", "AY-YAML-007", "AY-BS-005", "AY-RES-001", "AY-NET-001", "AY-ERR-001", "AY-INC-003",
        "DSP-001", "DSP-006", "CRN-001", "CRN-006", "CRN-030", "AH-003", "AH-006", "AH-SCR-001", "AH-RC-060", "QUE-002", "QUE-003", "QUE-004", "CRN-054", "AH-050"},
    severityVaries = "warning in apphosting.yaml, whose reader ignores unknown keys",
    safeFix = true)
public final class UnknownKey extends SchemaRule.OfMappings {

  @Override
  public void mapping(RuleContext ctx, MappingNode node, ObjectSpec spec, String path) {
    for (MappingNode.Entry entry : node.entries()) {
      if (spec.element(entry.name()).isPresent()) {
        continue;
      }
      List<String> known = spec.elements().stream().map(Element::name).toList();
      String where = path.isEmpty() ? spec.typeName() : path;
      // Go's yaml.v2 (apphosting.yaml) drops unknown keys silently: a likely typo, not a failed deploy.
      Severity severity = spec.ignoresUnknownKeys() ? Severity.WARNING : Severity.ERROR;
      String ignored = spec.ignoresUnknownKeys() ? " is ignored" : "";
      Optional<String> suggestion = Suggestions.closest(entry.name(), known);
      Optional<ObjectSpec.KeyNote> note = spec.note(entry.name());
      if (note.isPresent()) {
        ctx.report(severity, entry.key().range(), "unknown key " + entry.name() + " in " + where + ignored + "; "
            + note.get().explanation(), Optional.of(Fix.hint(note.get().fix())));
      } else if (suggestion.isPresent()) {
        // Renaming onto a key the mapping already has would make a duplicate: then only a hint.
        Fix rename = node.entry(suggestion.get()).isPresent() ? Fix.hint("rename it to " + suggestion.get()
            + ", or remove it; " + suggestion.get() + " is already given")
            : Fix.replaceWith("rename it to " + suggestion.get(), suggestion.get());
        ctx.report(severity, entry.key().range(),
            "unknown key " + entry.name() + " in " + where + ignored + "; did you mean " + suggestion.get() + "?",
            Optional.of(rename));
      } else {
        ctx.report(severity, entry.key().range(), "unknown key " + entry.name() + " in " + where + ignored,
            Optional.of(Fix.hint("remove it, or check the spelling against the "
                + catalogFor(ctx.file().kind()).typeName() + " reference")));
      }
    }
  }
}
