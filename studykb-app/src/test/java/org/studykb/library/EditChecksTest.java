package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.studykb.index.Fields;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.ManualEdit;

/** Edits checked against the campaigns, phases and types of the shipped {@code indexer/}. */
class EditChecksTest {
    static final EditChecks CHECKS = new EditChecks(IngestPipeline.load(Path.of("indexer")).vocabulary());
    static final String PRACTICE = "深入学习实践科学发展观活动";
    static final String MASS_LINE = "党的群众路线教育实践活动";
    static final Map<String, List<String>> IN_USE = Map.of(Fields.TYPE, List.of("自定类型"),
            Fields.CAMPAIGN, List.of("本单位专项活动"), Fields.PHASE, List.of("自定阶段"));

    @ParameterizedTest(name = "{0} / {1} on a document of {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // campaign | phase | current campaign | current phase | refused with (NULL: accepted)
            PRACTICE + "|分析检查|NULL|NULL|NULL",
            MASS_LINE + "|查摆问题、开展批评|" + PRACTICE + "|分析检查|NULL",
            PRACTICE + "|查摆问题、开展批评|NULL|NULL|不属于活动「" + PRACTICE + "」",
            "NULL|查摆问题、开展批评|" + PRACTICE + "|学习调研|不属于活动「" + PRACTICE + "」",
            MASS_LINE + "|NULL|" + PRACTICE + "|分析检查|阶段「分析检查」不属于活动「" + MASS_LINE + "」",
            MASS_LINE + "|''|" + PRACTICE + "|分析检查|NULL",
            "NULL|分析检查|NULL|NULL|NULL",
            "NULL|没有的阶段|NULL|NULL|没有「没有的阶段」这个阶段",
            "NULL|自定阶段|NULL|NULL|NULL",
            "没有的活动|NULL|NULL|NULL|没有「没有的活动」这个活动",
            "本单位专项活动|自定阶段|NULL|NULL|NULL",
            "''|分析检查|" + PRACTICE + "|学习调研|NULL",
    })
    void aPhaseBelongsToTheCampaignTheDocumentWillHave(String campaign, String phase, String currentCampaign,
                                                       String currentPhase, String refused) {
        ManualEdit edit = new ManualEdit(null, phase, campaign, null);
        if (refused == null) {
            assertThatCode(() -> CHECKS.check(edit, currentCampaign, currentPhase, IN_USE)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CHECKS.check(edit, currentCampaign, currentPhase, IN_USE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(refused);
        }
    }

    @Test
    void aPhaseOfAnotherCampaignIsRefusedNamingTheRightPhases() {
        assertThatThrownBy(() -> CHECKS.check(new ManualEdit(null, "学习教育", PRACTICE, null), null, null, IN_USE))
                .hasMessage("阶段「学习教育」不属于活动「" + PRACTICE + "」；该活动的阶段：学习调研、分析检查、整改落实");
    }

    @ParameterizedTest
    @CsvSource({"党课讲稿, true", "整改方案, true", "自定类型, true", "随便写的类型, false"})
    void aTypeIsConfiguredOrAlreadyInUse(String type, boolean accepted) {
        ManualEdit edit = new ManualEdit(type, null, null, null);
        if (accepted) {
            assertThatCode(() -> CHECKS.check(edit, null, null, IN_USE)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CHECKS.check(edit, null, null, IN_USE))
                    .hasMessage("没有「随便写的类型」这个类型，请从列表中选择");
        }
    }

    @Test
    void choicesOfferEachCampaignWithItsPhasesInOrderAndKeepValuesInUse() {
        EditChecks.Choices c = CHECKS.choices(IN_USE, "手写的阶段", "手写的活动");
        assertThat(c.campaigns()).startsWith(PRACTICE, MASS_LINE).endsWith("本单位专项活动", "手写的活动");
        assertThat(c.phases().get(PRACTICE)).containsExactly("学习调研", "分析检查", "整改落实");
        assertThat(c.phases()).doesNotContainKey("本单位专项活动");
        assertThat(c.loosePhases()).containsExactly("自定阶段", "手写的阶段");
        assertThat(c.types()).contains("党课讲稿", "自定类型").doesNotHaveDuplicates();
        assertThat(CHECKS.choices(Map.of(), "分析检查", PRACTICE).loosePhases()).isEmpty();
        assertThat(CHECKS.choices(Map.of(), "学习教育", PRACTICE).loosePhases())
                .as("a phase of another campaign stays visible, outside the campaign's list").containsExactly("学习教育");
    }
}
