package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.search.Campaigns;

/** The home page's tree campaign → phase → type, counted over what each viewer may see. */
class BrowseTreeTest {

    @Test
    void typesAreCountedUnderTheirPhaseForWhatTheViewerMaySee(@TempDir Path root) throws IOException {
        try (FourDocuments f = new FourDocuments(root)) {
            f.add("分析检查/座谈会记录.txt", "座谈会记录\n\n大家反映会议太多。\n");
            f.manual.set("分析检查/座谈会记录.txt", new org.studykb.store.ManualEdit("意见建议汇总", "分析检查",
                    FourDocuments.CAMPAIGN, java.util.List.of()), "测试数据");
            f.index.reindex("分析检查/座谈会记录.txt", f.manual);
            f.add("分析检查/无类型.txt", "一段没有类型的文字\n\n关于会议。\n");
            f.manual.set("分析检查/无类型.txt", new org.studykb.store.ManualEdit(null, "分析检查",
                    FourDocuments.CAMPAIGN, java.util.List.of()), "测试数据");
            f.index.reindex("分析检查/无类型.txt", f.manual);
            f.makeInternal(FourDocuments.NOTICE);
            BrowseTree tree = new BrowseTree(new Campaigns(f.search));

            BrowseTree.Tree member = tree.of(Viewer.of(EnumSet.of(Role.MEMBER)));
            String c = FourDocuments.CAMPAIGN;
            assertThat(member.byCampaign().get(c).keySet()).containsExactlyInAnyOrder("学习调研", "分析检查", "整改落实");
            assertThat(member.types(c, "分析检查")).containsExactly(new BrowseTree.TypeCount("意见建议汇总", 2),
                    new BrowseTree.TypeCount(BrowseTree.NO_TYPE, 1));
            assertThat(member.types(c, "学习调研")).containsExactly(new BrowseTree.TypeCount("党课讲稿", 1));
            assertThat(member.types(c, Campaigns.NO_PHASE)).isEmpty();

            BrowseTree.Tree leader = tree.of(Viewer.of(EnumSet.of(Role.LEADER)));
            assertThat(leader.types(c, Campaigns.NO_PHASE)).containsExactly(new BrowseTree.TypeCount("情况通报", 1));
        }
    }
}
