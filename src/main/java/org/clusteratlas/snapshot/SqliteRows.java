package org.clusteratlas.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rows of a snapshot being written, handed to SQLite in batches on a thread of its own, so that an
 * importer or the generator makes the next rows (and the writer aggregates them) while SQLite stores the last
 * ones: on two cores that is most of the time SQLite takes. Batches go to SQLite in exactly the order and at
 * exactly the points a single thread would send them, so the file is the same byte for byte. At most
 * {@value #IN_FLIGHT} batches wait; a failure in SQLite is thrown by the next call. Not thread-safe (one
 * writer); after {@link #flush()} returns, the connection is the caller's again until the next row.
 */
final class SqliteRows implements AutoCloseable {
    static final int BATCH = 10_000;
    private static final int IN_FLIGHT = 4;

    /** Work on the connection, run on the SQLite thread. */
    interface Work {
        void run() throws SQLException;
    }

    private final PreparedStatement insertDocument;
    private final PreparedStatement insertLocation;
    private final PreparedStatement insertAddress;
    private final PreparedStatement insertOrganization;
    private final ExecutorService sqlite = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snapshot-sqlite");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicReference<SQLException> failure = new AtomicReference<>();
    private Documents documents = new Documents();
    private Locations locations = new Locations();
    private Addresses addresses = new Addresses();

    SqliteRows(Connection db) throws SQLException {
        insertDocument = db.prepareStatement(
                "INSERT INTO documents(id, source_id, kind, year, field, unlocated_share) VALUES (?,?,?,?,?,?)");
        insertLocation = db.prepareStatement("INSERT INTO locations(id, lat, lon, country, city) VALUES (?,?,?,?,?)");
        insertAddress = db.prepareStatement(
                "INSERT INTO addresses(document_id, location_id, share, organization_id) VALUES (?,?,?,?)");
        insertOrganization = db.prepareStatement("INSERT INTO organizations(id, name) VALUES (?,?)");
    }

    void document(long id, String sourceId, String kind, int year, String field, double unlocatedShare)
            throws SQLException {
        Documents d = documents;
        int i = d.n++;
        d.id[i] = id;
        d.sourceId[i] = sourceId;
        d.kind[i] = kind;
        d.year[i] = year;
        d.field[i] = field;
        d.unlocated[i] = unlocatedShare;
        if (d.n == BATCH) {
            documents = new Documents();
            submit(() -> d.write(insertDocument));
        }
    }

    void location(long id, double lat, double lon, String country, String city) throws SQLException {
        Locations l = locations;
        int i = l.n++;
        l.id[i] = id;
        l.lat[i] = lat;
        l.lon[i] = lon;
        l.country[i] = country;
        l.city[i] = city;
        if (l.n == BATCH) {
            locations = new Locations();
            submit(() -> l.write(insertLocation));
        }
    }

    /** An address row; {@code organization} 0 for none. */
    void address(long document, long location, double share, long organization) throws SQLException {
        Addresses a = addresses;
        int i = a.n++;
        a.document[i] = document;
        a.location[i] = location;
        a.share[i] = share;
        a.organization[i] = organization;
        if (a.n == BATCH) {
            addresses = new Addresses();
            submit(() -> a.write(insertAddress));
        }
    }

    void organization(long id, String name) throws SQLException {
        submit(() -> {
            insertOrganization.setLong(1, id);
            insertOrganization.setString(2, name);
            insertOrganization.executeUpdate();
        });
    }

    /** Runs other work on the connection in its turn (a gazetteer row). */
    void run(Work work) throws SQLException {
        submit(work);
    }

    /** Sends the partly filled batches (documents, locations, addresses) and waits until SQLite has all. */
    void flush() throws SQLException {
        Documents d = documents;
        Locations l = locations;
        Addresses a = addresses;
        documents = new Documents();
        locations = new Locations();
        addresses = new Addresses();
        submit(() -> {
            d.write(insertDocument);
            l.write(insertLocation);
            a.write(insertAddress);
        });
        try {
            slots.acquire(IN_FLIGHT);
            slots.release(IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while SQLite was writing", e);
        }
        throwFailure();
    }

    private void submit(Work work) throws SQLException {
        throwFailure();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while SQLite was writing", e);
        }
        sqlite.execute(() -> {
            try {
                if (failure.get() == null) {
                    work.run();
                }
            } catch (SQLException | RuntimeException e) {
                failure.compareAndSet(null, e instanceof SQLException s ? s : new SQLException(e.toString(), e));
            } finally {
                slots.release();
            }
        });
    }

    private void throwFailure() throws SQLException {
        SQLException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the SQLite thread once its work is done (the caller closes the connection afterwards). */
    @Override
    public void close() {
        sqlite.shutdown();
        try {
            if (!sqlite.awaitTermination(10, TimeUnit.MINUTES)) {
                sqlite.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Documents {
        final long[] id = new long[BATCH];
        final String[] sourceId = new String[BATCH];
        final String[] kind = new String[BATCH];
        final int[] year = new int[BATCH];
        final String[] field = new String[BATCH];
        final double[] unlocated = new double[BATCH];
        int n;

        void write(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, id[i]);
                ps.setString(2, sourceId[i]);
                ps.setString(3, kind[i]);
                ps.setInt(4, year[i]);
                ps.setString(5, field[i]);
                ps.setDouble(6, unlocated[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final class Locations {
        final long[] id = new long[BATCH];
        final double[] lat = new double[BATCH];
        final double[] lon = new double[BATCH];
        final String[] country = new String[BATCH];
        final String[] city = new String[BATCH];
        int n;

        void write(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, id[i]);
                ps.setDouble(2, lat[i]);
                ps.setDouble(3, lon[i]);
                ps.setString(4, country[i]);
                ps.setString(5, city[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final class Addresses {
        final long[] document = new long[BATCH];
        final long[] location = new long[BATCH];
        final double[] share = new double[BATCH];
        final long[] organization = new long[BATCH];
        int n;

        void write(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, document[i]);
                ps.setLong(2, location[i]);
                ps.setDouble(3, share[i]);
                if (organization[i] == 0) {
                    ps.setNull(4, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(4, organization[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
