package org.studykb.web.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.access.Permission;
import org.studykb.library.Folders;
import org.studykb.store.FolderRecords.Folder;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * The user's 备课夹: the list ({@code /folders}), one folder ({@code /folder?id=}), the page that asks which folder
 * a passage goes to ({@code /folder/collect}), the changes (each a plain form: up, down, note, heading, remove)
 * and the Word download. A refused change shows the folder again with the reason and what was typed.
 */
@Controller
class FolderPage {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Folders folders;
    private final CurrentUser user;

    FolderPage(Folders folders, CurrentUser user) {
        this.folders = folders;
        this.user = user;
    }

    @GetMapping("/folders")
    @Requires(Permission.CITE)
    String list(Model model) {
        model.addAttribute("folders", folders.list(user.name()));
        return "folders";
    }

    @PostMapping("/folders")
    @Requires(Permission.CITE)
    String create(@RequestParam(name = "name", defaultValue = "") String name, Model model,
                  HttpServletResponse response) {
        try {
            return "redirect:/folder?id=" + folders.create(user.name(), name).id();
        } catch (IllegalArgumentException e) {
            model.addAttribute("folders", folders.list(user.name()));
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("typedName", name);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "folders";
        }
    }

    @GetMapping("/folder")
    @Requires(Permission.CITE)
    String show(@RequestParam("id") long id, Model model) throws IOException {
        model.addAttribute("view", folders.show(id, user.name(), user.viewer()));
        return "folder";
    }

    /** Which folder a passage ({@code p}) or a whole document goes to; {@code back} is the page it came from. */
    @GetMapping("/folder/collect")
    @Requires(Permission.CITE)
    String collect(@RequestParam("doc") String doc, @RequestParam(name = "p", required = false) Integer passage,
                   @RequestParam(name = "back", required = false) String back, Model model) throws IOException {
        model.addAttribute("item", folders.preview(doc, passage, user.viewer()));
        model.addAttribute("folders", folders.list(user.name()));
        model.addAttribute("back", local(back));
        return "folder-collect";
    }

    @PostMapping("/folder/add")
    @Requires(Permission.CITE)
    String add(@RequestParam("doc") String doc, @RequestParam(name = "p", required = false) Integer passage,
               @RequestParam(name = "folder", required = false) Long folder,
               @RequestParam(name = "name", required = false) String name,
               @RequestParam(name = "back", required = false) String back,
               Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Folder to;
        try {
            to = folders.add(user.name(), user.viewer(), folder, name, doc, passage);
        } catch (IllegalArgumentException e) {
            model.addAttribute("item", folders.preview(doc, passage, user.viewer()));
            model.addAttribute("folders", folders.list(user.name()));
            model.addAttribute("back", local(back));
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("typedName", name);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "folder-collect";
        }
        redirect.addFlashAttribute("notice", "已加入备课夹「" + to.name() + "」");
        redirect.addFlashAttribute("back", local(back));
        return "redirect:/folder?id=" + to.id();
    }

    @PostMapping("/folder/move")
    @Requires(Permission.CITE)
    String move(@RequestParam("id") long id, @RequestParam("item") long item, @RequestParam("to") String to) {
        folders.move(user.name(), id, item, !"down".equals(to));
        return "redirect:/folder?id=" + id + "#item-" + item;
    }

    @PostMapping("/folder/note")
    @Requires(Permission.CITE)
    String note(@RequestParam("id") long id, @RequestParam("item") long item,
                @RequestParam(name = "note", defaultValue = "") String note, Model model,
                HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            folders.note(user.name(), id, item, note);
        } catch (IllegalArgumentException e) {
            return refused(id, e, "note", item, note, model, response);
        }
        redirect.addFlashAttribute("notice", "批注已保存");
        return "redirect:/folder?id=" + id + "#item-" + item;
    }

    @PostMapping("/folder/heading")
    @Requires(Permission.CITE)
    String heading(@RequestParam("id") long id, @RequestParam(name = "text", defaultValue = "") String text,
                   Model model, HttpServletResponse response) throws IOException {
        try {
            folders.heading(user.name(), id, text);
        } catch (IllegalArgumentException e) {
            return refused(id, e, "heading", 0, text, model, response);
        }
        return "redirect:/folder?id=" + id;
    }

    @PostMapping("/folder/remove")
    @Requires(Permission.CITE)
    String remove(@RequestParam("id") long id, @RequestParam("item") long item, RedirectAttributes redirect) {
        folders.remove(user.name(), id, item);
        redirect.addFlashAttribute("notice", "已移出");
        return "redirect:/folder?id=" + id;
    }

    @PostMapping("/folder/delete")
    @Requires(Permission.CITE)
    String delete(@RequestParam("id") long id) {
        folders.delete(user.name(), id);
        return "redirect:/folders";
    }

    @GetMapping("/folder/export")
    @Requires(Permission.CITE)
    ResponseEntity<byte[]> export(@RequestParam("id") long id) throws IOException {
        return download(folders.folder(id, user.name()), folders.export(user.name(), id, user.viewer()));
    }

    /** The Word outline of a folder as a download named after it (page and API alike). */
    static ResponseEntity<byte[]> download(Folder folder, byte[] docx) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(folder.name() + ".docx", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(docx);
    }

    private String refused(long id, IllegalArgumentException e, String form, long item, String typed, Model model,
                           HttpServletResponse response) throws IOException {
        model.addAttribute("view", folders.show(id, user.name(), user.viewer()));
        model.addAttribute("refused", e.getMessage());
        model.addAttribute("typedForm", form);
        model.addAttribute("typedItem", item);
        model.addAttribute("typed", typed);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "folder";
    }

    /** A path on this site (a results or document page), or null: never another host. */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.length() > 2000 || back.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return back;
    }
}
