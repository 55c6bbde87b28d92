package org.studykb.ingest;

/** The outcome of ingesting one file: a document or a failure, never null. */
public sealed interface IngestResult permits IngestResult.Ingested, IngestResult.Failed {

    String id();

    record Ingested(IngestedDocument document) implements IngestResult {
        @Override
        public String id() {
            return document.id();
        }
    }

    record Failed(IngestFailure failure) implements IngestResult {
        @Override
        public String id() {
            return failure.id();
        }
    }
}
