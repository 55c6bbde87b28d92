package org.studykb.web.admin;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.access.Permission;
import org.studykb.library.IndexStatus;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * {@code GET /api/admin/index-status}: the last runs, the failed files with their reasons, OCR available or not;
 * {@code POST /api/admin/index-status/retry?id=…}: reads one failed file again (200 indexed, 422 failed again,
 * 404 not a failed file). 管理员 only.
 */
@RestController
@Tag(name = "索引状态")
class IndexStatusApiController {
    private final IndexStatus status;
    private final CurrentUser user;

    IndexStatusApiController(IndexStatus status, CurrentUser user) {
        this.status = status;
        this.user = user;
    }

    @GetMapping("/api/admin/index-status")
    @Operation(summary = "索引状态", description = "最近的索引运行（时间、数量、用时）、所有无法读取的文件及原因、OCR 是否可用")
    @Requires(Permission.MANAGE_USERS)
    IndexStatus.Status show() throws IOException {
        return status.status();
    }

    @PostMapping("/api/admin/index-status/retry")
    @Operation(summary = "重试一个无法读取的文件", description = "重新读取并索引 id 指定的文件；记入审计记录")
    @Requires(Permission.MANAGE_USERS)
    ResponseEntity<IndexStatus.Retry> retry(@RequestParam("id") String id) throws IOException {
        IndexStatus.Retry r = status.retry(id, user.name());
        return ResponseEntity.status(r.indexed() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(r);
    }
}
