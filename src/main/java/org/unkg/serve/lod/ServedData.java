package org.unkg.serve.lod;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.PackagedOntology;
import org.unkg.serve.http.StoreQueries;

/**
 * The served dataset as linked data and the pages read it: the addresses of its IRIs on this server, its queries
 * with the endpoint's timeouts, the description of each IRI, and the answer for an IRI it does not know.
 */
public record ServedData(LocalPaths paths, StoreQueries store, Descriptions descriptions, NotFound notFound) {

    /**
     * The data of the dataset served as {@code datasetName} (the first in name order when null), its IRIs under
     * {@code iris}.
     */
    public static ServedData of(FusekiServer.Builder builder, Set<String> datasetNames, String datasetName,
            IriScheme iris) {
        String name = datasetName != null ? datasetName
                : datasetNames.stream().sorted().findFirst().orElseThrow(
                        () -> new IllegalStateException("the server has no dataset for the pages to read"));
        DatasetGraph dataset = builder.getDataset(name);
        if (dataset == null) {
            throw new IllegalStateException("the server has no dataset named " + name + " for the pages to read");
        }
        LocalPaths paths = new LocalPaths(iris);
        StoreQueries store = new StoreQueries(dataset);
        return new ServedData(paths, store, new Descriptions(store, paths, PackagedOntology.get().prefixes()),
                new NotFound(paths));
    }
}
