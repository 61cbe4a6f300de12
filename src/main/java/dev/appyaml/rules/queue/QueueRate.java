package dev.appyaml.rules.queue;

import dev.appyaml.deploy.TimeValue;
import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(id = "AY736", name = "queue-rate", severity = Severity.ERROR,
    summary = "a push queue's rate must be at most 500/s, and a bare 0 stops gcloud app deploy; write 0/s",
    spec = {"QUE-011", "QUE-012"}, safeFix = true)
public final class QueueRate extends QueueRule {

  private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]*)?)/([smhd])\\n?");
  private static final long MAX_PER_SECOND = 500;

  @Override
  void check(RuleContext ctx, QueueYaml queues) {
    for (Located<QueueYaml.Queue> queue : queues.queues()) {
      if (queue.value().isPull()) {
        continue;
      }
      queue.value().rate().ifPresent(rate -> {
        if (rate.value().equals("0")) {
          ctx.report(rate.range(), "rate is 0 without a unit, which gcloud's validator accepts but gcloud app deploy"
              + " cannot convert (it stops with ValueError); expected a number per unit such as 0/s",
              Fix.replaceWith("write 0/s", "0/s"));
          return;
        }
        Matcher m = RATE.matcher(rate.value());
        if (m.matches()) {
          BigDecimal perSecond = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1))
              .divide(BigDecimal.valueOf(TimeValue.secondsIn(m.group(2).charAt(0))), 9, RoundingMode.HALF_EVEN);
          if (perSecond.compareTo(BigDecimal.valueOf(MAX_PER_SECOND)) > 0) {
            ctx.report(rate.range(), "rate is " + rate.value().strip() + ", "
                + perSecond.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " per second; gcloud app deploy"
                + " refuses more than 500 per second (HTTP 400)", Fix.hint("write at most 500/s"));
          }
        }
      });
    }
  }
}
