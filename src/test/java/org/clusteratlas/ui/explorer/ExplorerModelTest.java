package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recompute machinery: newest result wins, and what it publishes equals a direct in-process ranking. */
class ExplorerModelTest {
    @TempDir
    static Path dir;
    static Snapshot snapshot;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        snapshot = SnapshotReader.open(ExplorerSnapshots.write(dir, "explorer.sqlite"));
    }

    @Test
    void aBurstOfChangesPublishesOnlyTheNewestResult() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            ExplorerModel model = onFx(() -> new ExplorerModel(org.clusteratlas.ui.task.TaskRunner.of(lane -> background)));
            onFx(() -> {
                model.snapshotProperty().set(snapshot);
                return null;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                    && model.getResult() != null));
            long before = onFx(model::publishedCount);
            // a slider drag: 40 positions in one burst on the FX thread, the last one is what counts
            ClusterParameters last = onFx(() -> {
                ClusterParameters p = model.getParameters();
                for (int i = 0; i < 40; i++) {
                    p = p.withEpsKm(2 + i * 0.7).withMinPatentWeight(20 + i).withMinPublicationWeight(15 + (i % 7));
                    model.setParameters(p);
                    model.topNProperty().set(50 + i);
                }
                return p;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()));
            ExplorerResult res = onFx(model::getResult);
            long published = onFx(model::publishedCount) - before;
            assertTrue(published >= 1 && published < 10, "published " + published + " results for 40 changes");
            assertEquals(last, res.parameters());
            assertEquals(89, res.topN());

            Ranking direct = new Ranker(PlaceIndex.build(snapshot.table(), snapshot.gazetteer()))
                    .rank(new ClusterEngine(snapshot.table()).cluster(last));
            assertTrue(direct.size() > 1, "the test data should give several clusters");
            assertEquals(direct.top(89), res.shown());
            assertEquals(direct.rows(), res.ranking().rows());
            assertFalse(onFx(() -> model.statusProperty().get()).isEmpty());
        } finally {
            background.shutdownNow();
        }
    }

    /** A model on {@code background} with the snapshot open at 5 km (weights 20 and 20), its result published. */
    private static ExplorerModel openAt5Km(ExecutorService background) throws Exception {
        return openAt5Km(background, RecomputePacer.systemClock());
    }

    /** {@link #openAt5Km(ExecutorService)} with the pacer given. */
    private static ExplorerModel openAt5Km(ExecutorService background, RecomputePacer pacer) throws Exception {
        ExplorerModel model = onFx(() -> new ExplorerModel(org.clusteratlas.ui.task.TaskRunner.of(lane -> background),
                pacer));
        onFx(() -> {
            model.snapshotProperty().set(snapshot);
            model.setParameters(model.getParameters().withEpsKm(5).withMinPatentWeight(20).withMinPublicationWeight(20));
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                && model.getResult() != null && model.getResult().parameters().epsKm() == 5));
        return model;
    }

    /** Moves the radius to 30 km and waits for that ranking on screen. */
    private static void recomputeAt30Km(ExplorerModel model) throws Exception {
        onFx(() -> {
            model.setParameters(model.getParameters().withEpsKm(30));
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                && model.getResult().parameters().epsKm() == 30));
    }

    @Test
    void selectionFollowsTheClusterAcrossARecompute() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            ExplorerModel model = openAt5Km(background);
            String first = onFx(() -> {
                model.selectedProperty().set(model.getResult().shown().get(0));
                return model.selectedProperty().get().name();
            });
            recomputeAt30Km(model);
            var selected = onFx(() -> model.selectedProperty().get());
            assertNotNull(selected);
            ExplorerResult res = onFx(model::getResult);
            assertEquals(res.ranking().row(selected.clusterId()), selected, "the selection is a row of the new ranking");
            assertTrue(selected.name().startsWith(first.split("\u2013")[0]), first + " -> " + selected.name());
        } finally {
            background.shutdownNow();
        }
    }

    /**
     * During a drag a result can be shown while the next one computes (the pacer lets the run in flight through):
     * the next one matched its clusters against the result before, which numbers the selected cluster
     * otherwise. The selection must still follow the cluster into it, not drop.
     */
    @Test
    void selectionFollowsTheClusterWhenAResultIsShownWhileTheNextComputes() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        try {
            ExplorerModel model = openAt5Km(background, new RecomputePacer(clock::get));
            ExplorerResult p = onFx(model::getResult);
            ClusterEngine engine = new ClusterEngine(snapshot.table());
            var at5 = engine.cluster(p.parameters());
            var at30 = engine.cluster(p.parameters().withEpsKm(30));
            var at31 = engine.cluster(p.parameters().withEpsKm(31));
            // a cluster that the 30 km ranking numbers otherwise, so that the carry into 31 km must look past it
            var chosen = p.shown().stream().filter(r -> {
                int next = org.clusteratlas.rank.ClusterMatcher.match(at30, at5).bestCurrent(r.clusterId());
                return next >= 0 && next != r.clusterId();
            }).findFirst().orElseThrow(() -> new AssertionError("the test data renumbers no shown cluster at 30 km"));
            int expected = org.clusteratlas.rank.ClusterMatcher.match(at31, at5).bestCurrent(chosen.clusterId());
            long before = onFx(() -> {
                model.selectedProperty().set(chosen);
                return model.publishedCount();
            });
            onFx(() -> {
                model.setParameters(model.getParameters().withEpsKm(30));
                clock.addAndGet(10_000_000_000L); // the screen has waited long: the 30 km run is let through
                Thread.sleep(1000); // on the FX thread: the 30 km run starts, its result waits for this thread
                model.setParameters(model.getParameters().withEpsKm(31)); // requested while 5 km is on screen
                return null;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                    && model.getResult().parameters().epsKm() == 31));
            assertEquals(2, (long) onFx(model::publishedCount) - before, "the 30 km result was shown, then the 31 km one");
            ExplorerResult last = onFx(model::getResult);
            assertEquals(p.generation(), last.carriedFromGeneration(), "31 km was matched against 5 km");
            var selected = onFx(() -> model.selectedProperty().get());
            assertNotNull(selected, "the selection survives the result shown in between");
            assertEquals(last.ranking().row(expected), selected);
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void thePinnedReferenceKeepsItsParametersRanksTheNextResultAndGoesWithTheSnapshot() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            ExplorerModel model = openAt5Km(background);
            ExplorerResult pinned = onFx(() -> {
                assertEquals(null, model.compare().referenceParameters(), "nothing pinned yet");
                model.pinReference();
                return model.getResult();
            });
            recomputeAt30Km(model);
            onFx(() -> {
                CompareState compare = model.compare();
                assertEquals(pinned.ranking(), compare.referenceProperty().get());
                assertEquals(pinned.parameters(), model.compare().referenceParameters(), "the reference keeps its own parameters");
                assertTrue(model.getResult().shown().stream().anyMatch(r -> r.previousRank() != null),
                        "the new ranking is ranked against the pinned one");
                return null;
            });
            onFx(() -> {
                model.selectedProperty().set(model.getResult().shown().get(0));
                return null;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.detailsProperty().get() != null));
            assertEquals(1, (int) onFx(() -> {
                model.pinSelected();
                return model.compare().pins().size();
            }));
            Snapshot other = SnapshotReader.open(ExplorerSnapshots.write(dir, "explorer-other.sqlite"));
            onFx(() -> {
                model.snapshotProperty().set(other);
                assertEquals(null, model.compare().referenceProperty().get(), "another snapshot drops the reference");
                assertEquals(null, model.compare().referenceParameters());
                assertTrue(model.compare().pins().isEmpty(), "and the pinned clusters");
                return null;
            });
        } finally {
            background.shutdownNow();
        }
    }

    /** A restored start (the last view, then its snapshot) ranks once, under the view's own parameters. */
    @Test
    void aSavedViewWaitingForItsSnapshotIsRankedOnce() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            ExplorerModel model = onFx(() -> new ExplorerModel(org.clusteratlas.ui.task.TaskRunner.of(lane -> background)));
            // as views are written: the years as the snapshot's range, not "all"
            ClusterParameters written = ClusterParameters.defaults().withEpsKm(7)
                    .withYearsOf(org.clusteratlas.cluster.YearRange.of(snapshot.table()));
            SavedView view = new SavedView(written, 40, 10, 20, 3, snapshot.file().toString(), null);
            onFx(() -> {
                model.applyView(view);
                model.snapshotProperty().set(snapshot);
                return null;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                    && model.getResult() != null && model.viewportProperty().get() != null));
            assertEquals(written, onFx(() -> model.getResult().parameters()));
            assertEquals(1, onFx(model::publishedCount), "no second recompute to put the view's years back");
        } finally {
            background.shutdownNow();
        }
    }
}
