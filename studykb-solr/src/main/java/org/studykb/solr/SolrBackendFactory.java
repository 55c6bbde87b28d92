package org.studykb.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.studykb.search.BackendFactory;
import org.studykb.search.BackendSettings;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;

/**
 * {@code --backend solr}: connects to SolrCloud through the nodes' URLs or ZooKeeper, and for the {@code index}
 * command creates the collection when the cluster lacks it: the configset generated from {@code indexer/}
 * ({@link Configset}) uploaded under the collection's name, then the collection with the shards and replicas asked
 * for. Found by {@link java.util.ServiceLoader} through {@code META-INF/services/org.studykb.search.BackendFactory}.
 */
public final class SolrBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return Backends.SOLR;
    }

    @Override
    public SearchBackend open(BackendSettings settings) throws IOException {
        CloudSolrClient client = client(settings);
        try {
            client.connect();
        } catch (RuntimeException e) {
            client.close();
            throw new IOException("无法连接 SolrCloud（" + where(settings) + "）：" + e.getMessage(), e);
        }
        try {
            if (settings.create()) {
                createIfMissing(client, settings);
            } else if (!collections(client).contains(settings.collection())) {
                throw new IOException("SolrCloud 上没有集合 " + settings.collection()
                        + "：请先运行 index --backend solr …（它会创建集合）");
            }
            return SolrCloudIndex.owning(client, settings.collection(), settings.analyzers());
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static String where(BackendSettings settings) {
        return settings.solrUrls().isEmpty() ? "ZooKeeper " + settings.zkHost() : String.join(",", settings.solrUrls());
    }

    /** SolrJ's cloud client over Jetty 10's HTTP/2 client, given nodes' URLs or a ZooKeeper host string. */
    static CloudSolrClient client(BackendSettings settings) {
        if (!settings.solrUrls().isEmpty()) {
            return new CloudHttp2SolrClient.Builder(settings.solrUrls()).build();
        }
        String zk = settings.zkHost();
        int slash = zk.indexOf('/');
        List<String> hosts = Arrays.asList((slash < 0 ? zk : zk.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        return new CloudHttp2SolrClient.Builder(hosts, chroot).build();
    }

    private static List<String> collections(CloudSolrClient client) throws IOException {
        try {
            return CollectionAdminRequest.listCollections(client);
        } catch (SolrServerException e) {
            throw new IOException("SolrCloud 没有回答集合列表：" + e.getMessage(), e);
        }
    }

    /** Uploads the configset and creates the collection, unless the cluster has it already. */
    static void createIfMissing(CloudSolrClient client, BackendSettings settings) throws IOException {
        String name = settings.collection();
        if (collections(client).contains(name)) {
            return;
        }
        Path dir = Files.createTempDirectory("studykb-configset");
        Path zip = dir.resolve(name + ".zip");
        try {
            zip(Configset.write(settings.config(), dir.resolve("conf")), zip);
            var upload = new ConfigSetAdminRequest.Upload().setConfigSetName(name).setUploadFile(zip.toFile(),
                    "application/zip").setOverwrite(true);
            upload.process(client);
            var create = CollectionAdminRequest.createCollection(name, name, settings.shards(), settings.replicas());
            create.setWaitForFinalState(true);
            var response = create.process(client);
            if (!response.isSuccess()) {
                throw new IOException("SolrCloud 未能创建集合 " + name + "：" + response.getErrorMessages());
            }
        } catch (SolrServerException e) {
            throw new IOException("SolrCloud 未能创建集合 " + name + "：" + e.getMessage(), e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The files of a folder as a zip with the folder's contents at its root, as Solr's configset upload wants. */
    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
    }
}
