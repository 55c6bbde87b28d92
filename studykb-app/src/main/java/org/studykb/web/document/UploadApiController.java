package org.studykb.web.document;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.studykb.access.Permission;
import org.studykb.library.Uploads;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * {@code POST /api/upload}: files as multipart {@code files}; 200 when all were added or were already there
 * ({@code duplicate}: the answer names the existing document), 422 when any was refused.
 */
@RestController
@Tag(name = "上传")
public class UploadApiController {
    private final Uploads uploads;
    private final CurrentUser user;

    UploadApiController(Uploads uploads, CurrentUser user) {
        this.uploads = uploads;
        this.user = user;
    }

    @PostMapping(value = "/api/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传文件", description = "按内容识别类型，保存、读取、索引后立即可检索；逐个文件返回结果或失败原因；"
            + "access（可重复，如 LEADER）把文件设为内部，只有这些角色和管理员可见；"
            + "campaign、phase、tags（逗号分隔）预先设定活动、阶段和标签，作为每个文件的人工设定值；阶段须属于所选活动，否则整个请求被拒绝（400）；"
            + "内容与已有文档相同的文件不重复保存，返回那篇文档（duplicate 为 true）")
    @Requires(Permission.UPLOAD)
    ResponseEntity<List<Uploads.Result>> upload(@RequestParam(name = "files", required = false)
                                                List<MultipartFile> files,
                                                @RequestParam(name = "access", required = false)
                                                List<String> access,
                                                @RequestParam(name = "campaign", required = false) String campaign,
                                                @RequestParam(name = "phase", required = false) String phase,
                                                @RequestParam(name = "tags", required = false) String tags)
            throws IOException {
        List<Uploads.Result> results = uploads.accept(incoming(files), user.name(),
                UploadPage.preset(campaign, phase, tags, access), user.viewer());
        boolean allOk = results.stream().allMatch(Uploads.Result::ok);
        return ResponseEntity.status(allOk ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(results);
    }

    static List<Uploads.Incoming> incoming(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null
                        || f.getOriginalFilename().isEmpty())))
                .map(f -> new Uploads.Incoming(f.getOriginalFilename(), f.getSize(), f)).toList();
    }
}
