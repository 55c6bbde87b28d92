package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.store.SavedSearchRecords;
import org.studykb.store.SavedSearchRecords.Saved;

/** Saved searches over a real index: new results since the last visit, per user and per viewer. */
class SavedSearchesTest {
    static final Viewer MEMBER = Viewer.of(EnumSet.of(Role.MEMBER));
    static final Viewer LEADER = Viewer.of(EnumSet.of(Role.LEADER));

    @TempDir
    Path root;
    FourDocuments fixture;
    SavedSearches saved;

    @BeforeEach
    void index() throws IOException {
        fixture = new FourDocuments(root);
        saved = new SavedSearches(new SavedSearchRecords(fixture.store, fixture.audit), fixture.search);
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    @Test
    void aNewDocumentIsANewResultUntilTheSearchIsOpened() throws IOException {
        Saved s = saved.save("member", MEMBER, "会议", "");
        assertThat(s.name()).isEqualTo("会议");
        assertThat(saved.list("member", MEMBER)).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualTo(2))
                .satisfies(l -> assertThat(l.fresh()).isZero());

        fixture.add("分析检查/座谈会记录.txt", "座谈会记录\n\n大家反映会议太多，文山会海问题突出。\n");
        fixture.add("学习调研/读书笔记.txt", "读书笔记\n\n读原著，学原文，悟原理。\n");
        assertThat(saved.list("member", MEMBER)).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualTo(3))
                .satisfies(l -> assertThat(l.fresh()).isEqualTo(1));

        assertThat(saved.open("member", s.id(), MEMBER)).isEqualTo("会议");
        assertThat(saved.list("member", MEMBER)).singleElement().satisfies(l -> assertThat(l.fresh()).isZero());
    }

    @Test
    void aDocumentTheViewerMayNotSeeIsNeverCountedAsNew() throws IOException {
        fixture.makeInternal(FourDocuments.NOTICE);
        saved.save("member", MEMBER, "公务接待 OR 联系点", "督导");
        saved.save("leader", LEADER, "公务接待 OR 联系点", "督导");
        fixture.add("督导组/第二次通报.txt", "督导第二次通报\n\n公务接待仍有超标准现象。\n");
        fixture.makeInternal("督导组/第二次通报.txt");
        assertThat(saved.list("member", MEMBER)).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualTo(1))
                .satisfies(l -> assertThat(l.fresh()).isZero());
        assertThat(saved.list("leader", LEADER)).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualTo(3))
                .satisfies(l -> assertThat(l.fresh()).isEqualTo(1));
    }

    @Test
    void badInputIsRefusedAndAnotherUsersSearchIsNotFound() throws IOException {
        Saved s = saved.save("member", MEMBER, "  type:\"整改方案\"   联系点 ", "整改");
        assertThat(s.query()).isEqualTo("type:\"整改方案\" 联系点");
        int events = fixture.audit.recent(1000).size();
        assertThatThrownBy(() -> saved.save("member", MEMBER, " ", "")).hasMessageContaining("没有可保存的检索");
        assertThatThrownBy(() -> saved.save("member", MEMBER, "type:\"整改方案\" 联系点", ""))
                .hasMessage("这个检索已经保存过了（「整改」）");
        assertThatThrownBy(() -> saved.save("member", MEMBER, "词".repeat(501), ""))
                .hasMessage("检索式最长 500 字，现在是 501 字");
        assertThatThrownBy(() -> saved.save("member", MEMBER, "会议", "名".repeat(41)))
                .hasMessage("名称最长 40 字，现在是 41 字");
        assertThatThrownBy(() -> saved.open("writer", s.id(), MEMBER)).isInstanceOf(NotFound.class)
                .hasMessage("没有找到这个保存的检索");
        assertThatThrownBy(() -> saved.delete("writer", s.id())).isInstanceOf(NotFound.class);
        assertThat(fixture.audit.recent(1000)).hasSize(events);
        assertThat(saved.list("writer", MEMBER)).isEmpty();
        saved.delete("member", s.id());
        assertThat(saved.list("member", MEMBER)).isEmpty();
        assertThat(fixture.audit.recent(1)).extracting(e -> e.action()).containsExactly("SEARCH_DELETED");
    }
}
