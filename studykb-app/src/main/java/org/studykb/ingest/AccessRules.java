package org.studykb.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;

import org.studykb.access.Role;
import org.studykb.config.ConfigFile;

/**
 * {@code indexer/access.yml}: whole folders made 内部, each rule a path pattern (glob over the document id, such as
 * {@code 督导组/**}) and the roles allowed to see what it matches ({@link Role#ADMIN} always). The first rule
 * that matches wins; a document that none matches is public. What a person sets on a document wins over these
 * rules. The file is optional.
 */
final class AccessRules {
    static final String FILE = "access.yml";
    static final AccessRules NONE = new AccessRules(List.of());

    /** One rule: where (the glob as written, and its matcher) and who (role names, ADMIN last). */
    record Rule(String path, PathMatcher matcher, String roles) {
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static AccessRules load(Path configDir) {
        Path path = configDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return NONE;
        }
        ConfigFile file = ConfigFile.read(path);
        Map<String, Node> top = file.mapping(file.root(), Set.of("rules"));
        List<Rule> rules = new ArrayList<>();
        for (Node node : file.sequence(file.required(top, "rules", file.root()))) {
            Map<String, Node> rule = file.mapping(node, Set.of("path", "roles"));
            Node pathNode = file.required(rule, "path", node);
            String glob = file.scalar(pathNode);
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw file.error(pathNode, "路径模式无效: " + glob + " (" + e.getMessage() + ")");
            }
            Node rolesNode = file.required(rule, "roles", node);
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : file.strings(rolesNode)) {
                try {
                    roles.add(Role.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw file.error(rolesNode, "没有这个角色: " + name + "（可用 MEMBER、WRITER、LEADER、ADMIN）");
                }
            }
            if (roles.isEmpty()) {
                throw file.error(rolesNode, "至少列出一个角色");
            }
            roles.add(Role.ADMIN);
            rules.add(new Rule(glob, matcher, roles.stream().map(Role::name).collect(Collectors.joining(","))));
        }
        return new AccessRules(rules);
    }

    /** The roles (joined by commas) of the first rule matching the document id, with why; absent when public. */
    Tagged<String> of(String id) {
        Path p = Path.of(id);
        for (Rule r : rules) {
            if (r.matcher().matches(p)) {
                return Tagged.of(r.roles(), new Provenance("rule", FILE, r.path()));
            }
        }
        return Tagged.absent();
    }

    List<Rule> rules() {
        return rules;
    }
}
