package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.index.ManualValues;

/** Manual values and their audit trail in the embedded store. */
class ManualValuesStoreTest {
    @TempDir
    Path data;
    ManualValuesStore store;
    AuditLog audit;

    @BeforeEach
    void open() {
        DataSource ds = StoreDatabase.openH2(data);
        audit = new AuditLog(ds);
        store = new ManualValuesStore(ds, audit);
    }

    @Test
    void valuesAreKeptPerDocumentAndFieldWithWhoAndWhen() {
        store.set("a.txt", new ManualEdit("党课讲稿", "学习调研", null, List.of("党课", "讲稿")), "张三");
        ManualValues v = store.of("a.txt");
        assertThat(v.single("type").orElseThrow().value()).isEqualTo("党课讲稿");
        assertThat(v.single("type").orElseThrow().who()).isEqualTo("张三");
        assertThat(v.single("campaign")).isEmpty();
        assertThat(v.tags()).containsExactly("党课", "讲稿");
        assertThat(store.ids()).containsExactly("a.txt");
        assertThat(store.of("b.txt").isEmpty()).isTrue();
    }

    @Test
    void nullLeavesAFieldBlankRemovesItAndTagsAreReplaced() {
        store.set("a.txt", new ManualEdit("党课讲稿", "学习调研", "活动", List.of("x")), "张三");
        store.set("a.txt", new ManualEdit(null, "", null, List.of("y", "z")), "李四");
        ManualValues v = store.of("a.txt");
        assertThat(v.single("type").orElseThrow().value()).isEqualTo("党课讲稿");
        assertThat(v.single("phase")).isEmpty();
        assertThat(v.single("campaign").orElseThrow().who()).isEqualTo("张三");
        assertThat(v.tags()).containsExactly("y", "z");
        store.set("a.txt", new ManualEdit("", null, "", List.of()), "李四");
        assertThat(store.of("a.txt").isEmpty()).isTrue();
        assertThat(store.ids()).isEmpty();
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfterAndNoChangeIsNot() {
        store.set("a.txt", new ManualEdit("党课讲稿", null, null, null), "张三");
        store.set("a.txt", new ManualEdit("党课讲稿", null, null, null), "张三");
        store.set("a.txt", ManualEdit.tags(List.of("t")), "李四");
        List<AuditLog.Event> events = audit.of("a.txt", 10);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).action()).isEqualTo("EDIT_TAGS");
        assertThat(events.get(0).actor()).isEqualTo("李四");
        assertThat(events.get(0).before()).isEqualTo("type=党课讲稿");
        assertThat(events.get(0).after()).isEqualTo("type=党课讲稿；tag=t");
        assertThat(events.get(1).action()).isEqualTo("EDIT_METADATA");
        assertThat(events.get(1).before()).isEmpty();
        assertThat(audit.recent(1)).hasSize(1);
    }

    @Test
    void badValuesAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new ManualEdit("长".repeat(101), null, null, null)).hasMessageContaining("类型最长");
        assertThatThrownBy(() -> new ManualEdit("a\u0000b", null, null, null)).hasMessageContaining("控制字符");
        assertThatThrownBy(() -> ManualEdit.tags(java.util.Collections.nCopies(21, "x").stream()
                .map(s -> s + Math.random()).toList())).hasMessageContaining("标签最多");
        assertThat(ManualEdit.tags(List.of(" a ", "a", "", "b")).tags()).containsExactly("a", "b");
        assertThat(ManualEdit.splitTags("台账，联系点、 制度;其他  x")).containsExactly("台账", "联系点", "制度", "其他", "x");
    }

    @Test
    void snapshotHoldsEveryDocument() {
        store.set("a.txt", new ManualEdit("甲", null, null, null), "张三");
        store.set("b/c.txt", ManualEdit.tags(List.of("乙")), "张三");
        var snapshot = store.snapshot();
        assertThat(snapshot.ids()).containsExactlyInAnyOrder("a.txt", "b/c.txt");
        assertThat(snapshot.of("b/c.txt").tags()).containsExactly("乙");
    }

    @Test
    void migrationsRunOnceAndTheStoreReopens() {
        DataSource again = StoreDatabase.openH2(data);
        assertThat(StoreDatabase.migrate(again)).isZero();
        store.set("a.txt", new ManualEdit("甲", null, null, null), "张三");
        assertThat(new ManualValuesStore(again, new AuditLog(again)).of("a.txt").single("type")).isPresent();
    }
}
