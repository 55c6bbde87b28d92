package org.studykb.search;

import java.io.IOException;
import java.util.ServiceLoader;

import org.studykb.index.LuceneIndex;

/** Opens the search backend the settings name: the embedded index, or one a {@link BackendFactory} provides. */
public final class Backends {
    /** The embedded Lucene index under the data folder. */
    public static final String LUCENE = "lucene";
    /** A SolrCloud collection (module studykb-solr). */
    public static final String SOLR = "solr";

    private Backends() {
    }

    /** The backend; with {@link BackendSettings#create()} an empty index or collection is made first when missing. */
    public static SearchBackend open(BackendSettings settings) throws IOException {
        if (LUCENE.equals(settings.name())) {
            if (settings.create()) {
                LuceneIndex.createIfAbsent(settings.data(), settings.analyzers());
            }
            return SearchService.open(settings.data(), settings.analyzers());
        }
        for (BackendFactory factory : ServiceLoader.load(BackendFactory.class, Backends.class.getClassLoader())) {
            if (factory.name().equals(settings.name())) {
                return factory.open(settings);
            }
        }
        throw new MissingBackendException(settings.name());
    }

    /**
     * Nothing when the backend of that name can be opened in this process (the embedded one, or a factory on the class
     * path); otherwise the exception {@link #open} would throw, before anything is started.
     */
    public static void require(String name) throws MissingBackendException {
        if (LUCENE.equals(name)) {
            return;
        }
        for (BackendFactory factory : ServiceLoader.load(BackendFactory.class, Backends.class.getClassLoader())) {
            if (factory.name().equals(name)) {
                return;
            }
        }
        throw new MissingBackendException(name);
    }

    /** No factory on the class path provides the backend asked for; the message says how to add it. */
    public static final class MissingBackendException extends IOException {
        private static final long serialVersionUID = 1L;

        MissingBackendException(String name) {
            super(SOLR.equals(name)
                    ? "找不到 solr 后端：它在 studykb-solr 模块里，不在 studykb.jar 中。先构建它"
                    + "（mvn -B -DskipTests -pl studykb-solr -am package，生成 target/solr-lib），再用 scripts/solr.sh 运行同一命令"
                    + "（即 java -Dloader.path=target/solr-lib -cp target/studykb.jar"
                    + " org.springframework.boot.loader.launch.PropertiesLauncher …）"
                    : "未知的后端：" + name + "（可用：lucene、solr）");
        }
    }
}
