package org.studykb.ingest;

import java.nio.file.Path;

import org.studykb.config.ConfigException;

/** Checks that the files under {@code indexer/} agree: rules name campaigns and phases that exist. */
final class ConfigCheck {

    private ConfigCheck() {
    }

    static void crossCheck(Path configDir, RuleBook rules, CampaignBook campaigns) {
        Path typesFile = configDir.resolve(RuleBook.FILE);
        for (Rule rule : rules.rules()) {
            if (rule.target() == Rule.Target.CAMPAIGN && campaigns.campaign(rule.value()).isEmpty()) {
                throw new ConfigException(typesFile, rule.line(),
                        "规则 " + rule.name() + " 设定的活动不在 " + CampaignBook.FILE + " 中: " + rule.value());
            }
            if (rule.target() == Rule.Target.PHASE && campaigns.campaigns().stream()
                    .noneMatch(c -> c.phase(rule.value()).isPresent())) {
                throw new ConfigException(typesFile, rule.line(),
                        "规则 " + rule.name() + " 设定的阶段不在任何活动中: " + rule.value());
            }
        }
    }
}
