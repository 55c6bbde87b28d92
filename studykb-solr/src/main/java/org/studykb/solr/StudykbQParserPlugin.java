package org.studykb.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.RankingQueries;
import org.studykb.search.RankingWeights;

/**
 * {@code defType=studykb}: the product's ranking model on a Solr node. The query text, in studykb's own syntax, becomes
 * the very query the embedded index runs ({@link RankingQueries}), built with the analyzers of the configset's
 * dictionary, synonyms and query word lists and the shipped ranking weights, so both backends score alike.
 * With {@code studykb.target=passages} it is the query over the passages of the documents named by the
 * {@code studykb.doc} parameters (one per document id), which scores their passage evidence; with
 * {@code verbatim} or {@code every-word} the unscored questions did-you-mean asks. {@code studykb.spellings} gives the
 * whole collection's reading of the query's pinyin.
 */
public final class StudykbQParserPlugin extends QParserPlugin {
    /** {@code documents} (the default) or {@code passages}. */
    public static final String TARGET = "studykb.target";
    /** A document whose passages are searched (repeated, one per document), with {@code studykb.target=passages}. */
    public static final String DOC = "studykb.doc";
    public static final String PASSAGES = "passages";
    /** Target: any record that holds the text verbatim (did-you-mean asks whether a word occurs). */
    public static final String VERBATIM = "verbatim";
    /** Target: the document records that hold every word of the query verbatim (whether a correction finds more). */
    public static final String EVERY_WORD = "every-word";
    /**
     * The spellings the query needs out of the whole collection's ({@link RankingQueries#spellingsFor}), used in
     * place of the shard's own so every shard reads a pinyin query alike; absent: the shard's own.
     */
    public static final String SPELLINGS = "studykb.spellings";
    /** The field of a passage record that holds its document's id: the block's root. */
    static final String PARENT = "_root_";

    /** One set of ranking queries per distinct configset content, shared by the cores of this JVM that use it. */
    private static final Map<String, RankingQueries> BY_CONTENT = new ConcurrentHashMap<>();

    private volatile RankingQueries queries;

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                RankingQueries q = queries(req.getCore().getResourceLoader());
                String text = qstr == null ? "" : qstr;
                String target = getParam(TARGET);
                String spellings = getParam(SPELLINGS);
                try {
                    if (PASSAGES.equals(target)) {
                        String[] docs = params.getParams(DOC);
                        return q.passages(text, PARENT, docs == null ? List.of() : List.of(docs), req.getSearcher(),
                                spellings);
                    }
                    if (VERBATIM.equals(target) || EVERY_WORD.equals(target)) {
                        Query verbatim = VERBATIM.equals(target) ? q.verbatim(text) : q.everyWordVerbatim(text);
                        return verbatim == null ? new MatchNoDocsQuery() : verbatim;
                    }
                    return q.documents(text, req.getSearcher(), spellings);
                } catch (IOException e) {
                    throw new UncheckedIOException("studykb could not read the index's terms", e);
                }
            }
        };
    }

    private RankingQueries queries(ResourceLoader loader) {
        RankingQueries q = queries;
        if (q == null) {
            synchronized (this) {
                if (queries == null) {
                    queries = load(loader);
                }
                q = queries;
            }
        }
        return q;
    }

    /**
     * The analyzers of the configset's resources ({@link Configset#RESOURCES}), read through the core's resource
     * loader (ZooKeeper on a cluster) into a folder of their own, as {@link IndexAnalyzers#load} reads
     * {@code indexer/}.
     */
    private static RankingQueries load(ResourceLoader loader) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("studykb-configset");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String resource : Configset.RESOURCES) {
                try (InputStream in = loader.openResource(resource)) {
                    byte[] bytes = in.readAllBytes();
                    digest.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(bytes);
                    Files.write(dir.resolve(resource), bytes);
                }
            }
            Path folder = dir;
            return BY_CONTENT.computeIfAbsent(HexFormat.of().formatHex(digest.digest()),
                    k -> new RankingQueries(IndexAnalyzers.load(folder), RankingWeights.shipped()));
        } catch (IOException e) {
            throw new UncheckedIOException("studykb's query parser could not read the configset's word lists", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary folder left behind costs nothing: the word lists are in memory by now
                }
            }
        }
    }
}
