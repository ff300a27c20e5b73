package io.poerules.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads the listed files (each named by its URI) on an executor through Hadoop's {@code FileSystem} for their URI, with the driver's
 * Hadoop configuration (broadcast once), so any file system Spark reads works: local, HDFS, S3A, ABFS.
 */
final class HadoopFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<SerializableConfiguration> conf;

    HadoopFiles(Broadcast<SerializableConfiguration> conf) {
        this.conf = conf;
    }

    Configuration configuration() {
        return conf.value().value();
    }

    /** A listed file's path, from the URI the listing gives. */
    static Path path(String uri) {
        return new Path(URI.create(uri));
    }

    /** The file's length in bytes. */
    long length(String uri) throws IOException {
        Path file = path(uri);
        return file.getFileSystem(configuration()).getFileStatus(file).getLen();
    }

    /** The file's bytes, opened now; the caller closes the stream. */
    InputStream open(String uri) throws IOException {
        Path file = path(uri);
        return file.getFileSystem(configuration()).open(file);
    }

    /** The file's bytes, opened at the first read; closing it before that opens nothing. */
    InputStream openLazily(String uri) {
        return new FilterInputStream(InputStream.nullInputStream()) {
            private boolean opened;

            private InputStream stream() throws IOException {
                if (!opened) {
                    in = open(uri);
                    opened = true;
                }
                return in;
            }

            @Override
            public int read() throws IOException {
                return stream().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return stream().read(b, off, len);
            }

            @Override
            public long skip(long n) throws IOException {
                return stream().skip(n);
            }

            @Override
            public int available() throws IOException {
                return stream().available();
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
