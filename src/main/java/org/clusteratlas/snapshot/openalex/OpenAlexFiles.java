package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonFactory;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** OpenAlex institutions and works from local files, in any shape {@link OpenAlexRecords} recognises. */
final class OpenAlexFiles implements OpenAlexEntities {
    private final List<SourceFile> works = new ArrayList<>();
    private final List<SourceFile> institutions = new ArrayList<>();
    private final Progress progress;
    private final JsonFactory json = new JsonFactory();

    OpenAlexFiles(List<Path> works, List<Path> institutions, Progress progress) throws SnapshotException {
        for (Path p : works) {
            this.works.add(new SourceFile(p));
        }
        for (Path p : institutions) {
            this.institutions.add(new SourceFile(p));
        }
        this.progress = progress;
    }

    @Override
    public void institutions(Visitor<OpenAlexInstitution> visitor) throws SnapshotException, IOException {
        for (SourceFile f : institutions) {
            OpenAlexInstitution[] last = new OpenAlexInstitution[1];
            read(f, "institutions ", p -> {
                last[0] = OpenAlexInstitution.read(p);
                return null;
            }, (line, problem) -> visitor.accept(f.path(), line, problem == null ? last[0] : null, problem));
        }
    }

    @Override
    public void works(Visitor<OpenAlexWork> visitor) throws SnapshotException, IOException {
        for (SourceFile f : works) {
            OpenAlexWork[] last = new OpenAlexWork[1];
            read(f, "works ", p -> {
                last[0] = OpenAlexWork.read(p);
                return null;
            }, (line, problem) -> visitor.accept(f.path(), line, problem == null ? last[0] : null, problem));
        }
    }

    private interface Record {
        void accept(long line, String problem) throws SnapshotException, IOException;
    }

    private void read(SourceFile f, String task, OpenAlexRecords.EntityReader reader, Record record)
            throws SnapshotException, IOException {
        try (OpenAlexRecords records = new OpenAlexRecords(f, json, reader, progress,
                task + f.path().getFileName())) {
            while (records.next()) {
                record.accept(records.line(), records.problem());
            }
            records.finish();
        }
    }

    @Override
    public List<SourceInfo> sources() {
        List<SourceInfo> l = new ArrayList<>();
        for (SourceFile f : institutions) {
            l.add(f.info());
        }
        for (SourceFile f : works) {
            l.add(f.info());
        }
        return l;
    }
}
