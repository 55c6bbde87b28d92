package org.studykb.web.folder;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.access.Permission;
import org.studykb.library.NotFound;
import org.studykb.library.SavedSearches;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * The signed-in user's saved searches as JSON under {@code /api/saved-searches}, with the home page's counts: how
 * many documents each finds now and how many of its first 100 are new since the last visit, both as the viewer may
 * see them. Another user's saved search is 404.
 */
@RestController
@Tag(name = "保存的检索")
class SavedSearchApiController {
    private final SavedSearches saved;
    private final CurrentUser user;

    SavedSearchApiController(SavedSearches saved, CurrentUser user) {
        this.saved = saved;
        this.user = user;
    }

    /**
     * A saved search with its counts now; times in ISO 8601; visitedAt is the last visit (saving is the first).
     *
     * @param total how many documents it finds now
     * @param fresh how many of its first 100 results were not among them at the last visit (or when saved)
     */
    record SavedSearch(long id, String name, String query, OffsetDateTime createdAt, OffsetDateTime visitedAt,
                       long total, int fresh) {
        static SavedSearch of(SavedSearches.Listed l) {
            var s = l.saved();
            return new SavedSearch(s.id(), s.name(), s.query(), s.createdAt(), s.visitedAt(), l.total(), l.fresh());
        }
    }

    /** A search to save: the query in the search box's syntax, and a name (the query when empty). */
    record NewSearch(String query, String name) {
    }

    @GetMapping("/api/saved-searches")
    @Operation(summary = "我保存的检索", description = "每个检索现在的结果数 total，及前 100 条中自上次查看以来的新结果数 fresh")
    @Requires(Permission.SEARCH)
    List<SavedSearch> list() throws IOException {
        return saved.list(user.name(), user.viewer()).stream().map(SavedSearch::of).toList();
    }

    @PostMapping("/api/saved-searches")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "保存检索", description = "检索式最长 500 字，名称最长 40 字；同一检索不能重复保存；最多 50 个")
    @Requires(Permission.SEARCH)
    SavedSearch create(@RequestBody NewSearch body) throws IOException {
        return one(saved.save(user.name(), user.viewer(), body.query(), body.name()).id());
    }

    @PostMapping("/api/saved-searches/{id}/visit")
    @Operation(summary = "查看过了", description = "把当前结果记为已看（与在首页打开它相同），返回此后的计数")
    @Requires(Permission.SEARCH)
    SavedSearch visit(@PathVariable("id") long id) throws IOException {
        saved.open(user.name(), id, user.viewer());
        return one(id);
    }

    @DeleteMapping("/api/saved-searches/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除保存的检索")
    @Requires(Permission.SEARCH)
    void delete(@PathVariable("id") long id) {
        saved.delete(user.name(), id);
    }

    private SavedSearch one(long id) throws IOException {
        return saved.list(user.name(), user.viewer()).stream().filter(l -> l.saved().id() == id)
                .map(SavedSearch::of).findFirst().orElseThrow(() -> new NotFound("没有找到这个保存的检索"));
    }
}
