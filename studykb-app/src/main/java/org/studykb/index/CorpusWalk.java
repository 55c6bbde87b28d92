package org.studykb.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files of a corpus folder, following symbolic links but not their loops, and says
 * which paths it could not enter or left out on purpose.
 */
final class CorpusWalk {

    /** A regular file found under a root; its id is its path relative to that root. */
    record Found(Path root, Path file, String id, long size, long mtime) {
    }

    record Result(List<Found> files, List<IndexReport.Problem> failures, List<IndexReport.Problem> skipped) {
    }

    private CorpusWalk() {
    }

    static String idOf(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static Result walk(Path root) throws IOException {
        return walk(root, root);
    }

    /** The files under {@code start}, a folder inside {@code root}, with ids relative to {@code root}. */
    static Result walk(Path root, Path start) throws IOException {
        List<Found> files = new ArrayList<>();
        List<IndexReport.Problem> failures = new ArrayList<>();
        List<IndexReport.Problem> skipped = new ArrayList<>();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
                            skipped.add(new IndexReport.Problem(idOf(root, dir), "隐藏文件夹，已跳过", ""));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String id = idOf(root, file);
                        String name = file.getFileName().toString();
                        if (name.startsWith(".") || name.startsWith("~$")) {
                            skipped.add(new IndexReport.Problem(id,
                                    name.startsWith("~$") ? "Office 临时锁文件，已跳过" : "隐藏文件，已跳过", ""));
                        } else if (attrs.isRegularFile()) {
                            files.add(new Found(root, file, id, attrs.size(), attrs.lastModifiedTime().toMillis()));
                        } else if (!attrs.isDirectory()) {
                            skipped.add(new IndexReport.Problem(id, "不是普通文件（设备、管道或套接字），已跳过", ""));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        failures.add(new IndexReport.Problem(idOf(root, file), reasonFor(e), e.toString()));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort((a, b) -> a.id().compareTo(b.id()));
        return new Result(files, failures, skipped);
    }

    static String reasonFor(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "符号链接构成循环，已跳过该链接";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof NoSuchFileException) {
            return "文件不存在（可能是失效的符号链接）";
        }
        return "无法访问：" + e.getMessage();
    }
}
