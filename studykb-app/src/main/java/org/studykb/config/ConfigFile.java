package org.studykb.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file under {@code indexer/} read as nodes, so that every complaint names the file and the line.
 * Mappings are read strictly: unknown and duplicate keys are errors.
 */
public final class ConfigFile {

    private final Path path;
    private final Node root;

    private ConfigFile(Path path, Node root) {
        this.path = path;
        this.root = root;
    }

    public static ConfigFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(path, 0, "配置文件不存在 (missing file)");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new ConfigException(path, 0, "配置文件是空的 (empty file)");
            }
            return new ConfigFile(path, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(path, line, "YAML 格式错误: " + e.getProblem());
        } catch (YAMLException | CharacterCodingException e) {
            throw new ConfigException(path, "不是有效的 UTF-8 YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(path, "无法读取: " + e, e);
        }
    }

    public Path path() {
        return path;
    }

    public Node root() {
        return root;
    }

    public ConfigException error(Node at, String message) {
        return new ConfigException(path, at.getStartMark().getLine() + 1, message);
    }

    /** The mapping's entries in file order; fails on keys outside {@code allowed} (empty = any key). */
    public Map<String, Node> mapping(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            throw error(node, "应为键值映射 (expected a mapping)");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "未知的键 '" + key + "'，可用: " + allowed);
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "键 '" + key + "' 出现了两次 (duplicate key)");
            }
        }
        return out;
    }

    public Node required(Map<String, Node> map, String key, Node owner) {
        Node node = map.get(key);
        if (node == null) {
            throw error(owner, "缺少 '" + key + "' (missing key)");
        }
        return node;
    }

    public String scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, "应为单个值 (expected a scalar)");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(node, "值不能为空 (empty value)");
        }
        return value;
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> strings(Node node) {
        if (node instanceof ScalarNode) {
            return List.of(scalar(node));
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "应为列表 (expected a list)");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(item));
        }
        return List.copyOf(out);
    }

    public List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "应为列表 (expected a list)");
        }
        return seq.getValue();
    }

    public int integer(Node node, int min) {
        String text = scalar(node);
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            if (value < min) {
                throw error(node, "应不小于 " + min + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(node, "应为整数: " + text);
        }
    }

    public double number(Node node) {
        String text = scalar(node);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(node, "应为数字: " + text);
        }
    }

    public Pattern pattern(Node node, String regex) {
        if (regex.contains("\\b") || regex.contains("\\B")) {
            throw error(node, "中文没有词边界，不要用 \\b: " + regex);
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw error(node, "正则表达式有误: " + e.getDescription() + " in " + regex);
        }
    }

    public List<Pattern> patterns(Node node) {
        List<Pattern> out = new ArrayList<>();
        for (Node item : node instanceof SequenceNode seq ? seq.getValue() : List.of(node)) {
            out.add(pattern(item, scalar(item)));
        }
        return List.copyOf(out);
    }
}
