package org.studykb.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import org.studykb.access.Permission;
import org.studykb.web.document.DocumentPage;
import org.studykb.web.document.UploadApiController;

/** The seam for logins (issue 6): every handler that changes something names the permission it needs. */
class RequiresTest {

    @Test
    void everyHandlerThatChangesSomethingNamesItsPermission() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> writes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("org.studykb.web")) {
            for (Method m : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
                if (changes(m)) {
                    writes.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
                    if (m.getAnnotation(Requires.class) == null) {
                        missing.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(writes).contains("DocumentPage.edit", "UploadPage.upload", "UploadApiController.upload",
                "DocumentApiController.setTags", "DocumentApiController.correct", "IndexStatusPage.retry",
                "IndexStatusApiController.retry");
        assertThat(missing).isEmpty();
    }

    @Test
    void writeHandlersNeedWriterPermissions() throws Exception {
        assertThat(DocumentPage.class.getDeclaredMethod("edit", String.class, String.class, String.class,
                String.class, String.class, List.class, String.class, org.springframework.ui.Model.class,
                jakarta.servlet.http.HttpServletResponse.class,
                org.springframework.web.servlet.mvc.support.RedirectAttributes.class)
                .getAnnotation(Requires.class).value()).isEqualTo(Permission.EDIT_METADATA);
        assertThat(UploadApiController.class.getDeclaredMethod("upload", List.class, List.class, String.class,
                String.class, String.class).getAnnotation(Requires.class).value()).isEqualTo(Permission.UPLOAD);
    }

    private static boolean changes(Method m) {
        if (m.isAnnotationPresent(PostMapping.class) || m.isAnnotationPresent(PutMapping.class)
                || m.isAnnotationPresent(DeleteMapping.class) || m.isAnnotationPresent(PatchMapping.class)) {
            return true;
        }
        RequestMapping rm = AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class);
        if (rm == null) {
            return false;
        }
        for (RequestMethod method : rm.method()) {
            if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                return true;
            }
        }
        return false;
    }
}
