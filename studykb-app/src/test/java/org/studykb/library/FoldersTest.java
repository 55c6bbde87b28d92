package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.search.Documents;
import org.studykb.store.AuditLog;
import org.studykb.store.FolderRecords;
import org.studykb.store.FolderRecords.Folder;

/** 备课夹 over a real index of four small documents and a real store, as a 党员 and as a 领导. */
class FoldersTest {
    static final String LECTURE = FourDocuments.LECTURE;
    static final String OPINIONS = FourDocuments.OPINIONS;
    static final String PLAN = FourDocuments.PLAN;
    static final String NOTICE = FourDocuments.NOTICE;
    static final Viewer MEMBER = Viewer.of(EnumSet.of(Role.MEMBER));
    static final Viewer LEADER = Viewer.of(EnumSet.of(Role.LEADER));

    @TempDir
    Path root;
    FourDocuments fixture;
    AuditLog audit;
    FolderRecords records;
    Folders folders;

    @BeforeEach
    void indexFourDocuments() throws IOException {
        fixture = new FourDocuments(root);
        audit = fixture.audit;
        records = new FolderRecords(fixture.store, audit);
        folders = new Folders(records, fixture.search.byId());
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    @Test
    void collectOrderGroupAnnotateAndExportAsAWordOutline() throws IOException {
        Folder f = folders.add("member", MEMBER, null, "党课：转变作风", LECTURE, 1);
        folders.add("member", MEMBER, f.id(), null, OPINIONS, 1);
        folders.add("member", MEMBER, f.id(), null, PLAN, 1);
        folders.add("member", MEMBER, f.id(), null, PLAN, null);
        folders.heading("member", f.id(), "一、存在的问题");
        var items = records.items(f.id());
        long heading = items.get(4).id();
        for (int i = 0; i < 3; i++) {
            folders.move("member", f.id(), heading, true);
        }
        folders.move("member", f.id(), items.get(0).id(), false); // the lecture passage below the heading…
        folders.move("member", f.id(), items.get(0).id(), true);  // …and back above it
        folders.note("member", f.id(), items.get(2).id(), "用在第二部分开头");

        Folders.FolderView view = folders.show(f.id(), "member", MEMBER);
        assertThat(view.entries()).extracting(e -> e.heading() ? "#" + e.item().heading() : e.title() + e.where())
                .containsExactly("讲一天党课第 2 段", "#一、存在的问题", "意见建议汇总第 2 段", "领导班子整改落实方案第 2 段",
                        "领导班子整改落实方案全文");
        assertThat(view.entries().get(0).text()).isEqualTo("科学发展观的第一要义是发展，核心是以人为本。");
        assertThat(view.entries().get(3).item().note()).isEqualTo("用在第二部分开头");
        assertThat(view.entries().get(0).first()).isTrue();
        assertThat(view.entries().get(4).last()).isTrue();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(folders.export("member", f.id(), MEMBER)))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getStyle()).isEqualTo(FolderDocx.TITLE);
            assertThat(ps.get(0).getText()).isEqualTo("党课：转变作风");
            assertThat(ps).filteredOn(p -> FolderDocx.HEADING.equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("一、存在的问题", FolderDocx.REFERENCES);
            assertThat(ps.get(1).getText()).startsWith("「科学发展观的第一要义是发展，核心是以人为本。」");
            assertThat(ps).extracting(XWPFParagraph::getText).contains("批注：用在第二部分开头",
                    "[1] 《讲一天党课》。", "[2] 《意见建议汇总》。", "[3] 《领导班子整改落实方案》。");
            assertThat(doc.getFootnotes()).hasSize(4);
            assertThat(doc.getFootnotes().get(0).getParagraphs().get(0).getText()).isEqualTo("《讲一天党课》，第 2 段。");
            assertThat(doc.getFootnotes().get(3).getParagraphs().get(0).getText())
                    .isEqualTo("《领导班子整改落实方案》，全文。");
            assertThat(ps.get(1).getCTP().xmlText()).contains("footnoteReference");
        }
        assertThat(audit.of(FolderRecords.target(f.id()), 50)).extracting(AuditLog.Event::action)
                .contains("FOLDER_CREATED", "FOLDER_ITEM_ADDED", "FOLDER_ITEM_MOVED", "FOLDER_ITEM_NOTE");
    }

    @Test
    void aDocumentMadeInternalAfterItWasCollectedIsHiddenAndLeftOutOfTheExport() throws IOException {
        Folder f = folders.add("member", MEMBER, null, "材料", NOTICE, 1);
        folders.add("member", MEMBER, f.id(), null, LECTURE, 1);
        fixture.makeInternal(NOTICE);

        Folders.FolderView view = folders.show(f.id(), "member", MEMBER);
        assertThat(view.hidden()).isEqualTo(1);
        assertThat(view.entries().get(0).visible()).isFalse();
        assertThat(view.entries().get(0).text()).isNull();
        assertThat(view.entries().get(0).title()).isNull();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(folders.export("member", f.id(), MEMBER)))) {
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(all).doesNotContain("三公经费").doesNotContain("督导情况通报").contains("以人为本");
            assertThat(doc.getFootnotes()).hasSize(1);
        }
        assertThat(folders.show(f.id(), "member", LEADER).entries().get(0).text()).contains("三公经费");
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() throws IOException {
        Folder mine = folders.create("member", "我的备课夹");
        folders.add("member", MEMBER, mine.id(), null, LECTURE, 1);
        fixture.makeInternal(NOTICE);
        int events = audit.recent(1000).size();
        long item = records.items(mine.id()).get(0).id();

        assertThatThrownBy(() -> folders.show(mine.id(), "writer", MEMBER)).isInstanceOf(NotFound.class)
                .hasMessage("没有找到这个备课夹");
        assertThatThrownBy(() -> folders.add("writer", MEMBER, mine.id(), null, PLAN, 1))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> folders.note("writer", mine.id(), item, "x")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> folders.move("member", mine.id(), item + 100, true)).isInstanceOf(NotFound.class)
                .hasMessage("备课夹「我的备课夹」中没有这一条");
        assertThatThrownBy(() -> folders.add("member", MEMBER, mine.id(), null, NOTICE, 1))
                .isInstanceOf(NotFound.class).hasMessage("没有找到这份材料：" + NOTICE);
        assertThatThrownBy(() -> folders.add("member", MEMBER, mine.id(), null, LECTURE, 99))
                .isInstanceOf(NotFound.class).hasMessage("《讲一天党课》没有第 100 段");
        assertThatThrownBy(() -> folders.add("member", MEMBER, mine.id(), null, LECTURE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("《讲一天党课》第 2 段已在备课夹「我的备课夹」中");
        assertThatThrownBy(() -> folders.create("member", "  ")).hasMessage("备课夹名称不能为空");
        assertThatThrownBy(() -> folders.create("member", "名".repeat(41))).hasMessage("备课夹名称最长 40 字，现在是 41 字");
        assertThatThrownBy(() -> folders.create("member", " 我的备课夹 ")).hasMessage("已有同名的备课夹「我的备课夹」");
        assertThatThrownBy(() -> folders.note("member", mine.id(), item, "批".repeat(1001)))
                .hasMessage("批注最长 1000 字，现在是 1001 字");
        assertThatThrownBy(() -> folders.heading("member", mine.id(), "")).hasMessage("标题不能为空");
        assertThatThrownBy(() -> folders.create("member", "a\u0007b")).hasMessage("备课夹名称中有不可见的控制字符");

        assertThat(folders.list("member")).singleElement().extracting(Folder::items).isEqualTo(1);
        assertThat(folders.list("writer")).isEmpty();
        assertThat(records.items(mine.id()).get(0).note()).isNull();
        assertThat(audit.recent(1000)).hasSize(events);
    }

    @Test
    void eachUserSeesOnlyTheirOwnFoldersAndAnEmptiedNoteIsRemoved() throws IOException {
        Folder a = folders.create("member", "甲");
        folders.create("writer", "甲");
        folders.add("member", MEMBER, a.id(), null, PLAN, 2);
        long item = records.items(a.id()).get(0).id();
        folders.note("member", a.id(), item, "备用");
        folders.note("member", a.id(), item, "   ");
        assertThat(records.items(a.id()).get(0).note()).isNull();
        assertThat(folders.list("member")).extracting(Folder::name).containsExactly("甲");
        assertThat(folders.list("writer")).singleElement().extracting(Folder::items).isEqualTo(0);
        folders.delete("member", a.id());
        assertThat(folders.list("member")).isEmpty();
        assertThat(folders.list("writer")).hasSize(1);
    }
}
