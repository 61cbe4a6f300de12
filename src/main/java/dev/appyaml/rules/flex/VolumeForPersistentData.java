package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.model.Resources.Volume;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Instances are replaced at any time and tmpfs volumes vanish with them; a volume named like a
 * data store suggests the app expects what it writes there to last.
 */
@RuleInfo(id = "AY611", name = "volume-for-persistent-data", severity = Severity.INFO,
    summary = "tmpfs volumes vanish with the instance; keep lasting data in external storage",
    spec = {"AY-CR-003"})
public final class VolumeForPersistentData implements Rule {

  private static final Pattern STORE_LIKE = Pattern.compile(
      "(^|-)(db|database|data|datastore|storage|store|persist|persistent|uploads?|sqlite|mysql|postgres|redis)(-|$)");

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().resources().map(Located::value).flatMap(Resources::volumes).ifPresent(volumes -> {
      for (Located<Volume> volume : volumes.value()) {
        volume.value().name()
            .filter(name -> STORE_LIKE.matcher(name.value().toLowerCase(Locale.ROOT)).find())
            .ifPresent(name -> ctx.report(name.range(), "volume " + Flex.shown(name.value()) + " is a tmpfs volume in"
                    + " the instance's memory; it is lost whenever the instance is restarted or replaced",
                Fix.hint("keep data that must last in Cloud Storage, Cloud SQL or Firestore")));
      }
    });
  }
}
