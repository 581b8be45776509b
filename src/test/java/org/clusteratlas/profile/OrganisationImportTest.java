package org.clusteratlas.profile;

import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.importer.CsvImportOptions;
import org.clusteratlas.snapshot.importer.CsvImporter;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.clusteratlas.profile.ProfileSnapshots.A;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisations from the importers into the snapshot, and their fractional counts in a cluster. */
public class OrganisationImportTest {
    @TempDir
    Path dir;

    /**
     * P1: two inventors at A, assignees Acme and Beta (each gets half of P1's 1 in A). P2: one inventor at A,
     * assignee Acme (1). P3: one inventor at A, no assignee. P4: one inventor at A, one at Z, assignees Acme and
     * Beta (P4 has 0.5 in A: 0.25 each). An individual assignee of P3 has no organisation and is passed over.
     */
    public static Path patentsWithAssignees(Path dir) throws Exception {
        Path patents = Files.writeString(dir.resolve("g_patent.tsv"), """
                patent_id\tpatent_type\tpatent_date\tpatent_title\twipo_kind\tnum_claims\twithdrawn\tfilename
                P1\tutility\t2020-01-07\tT\tB2\t1\t0\tx
                P2\tutility\t2020-01-07\tT\tB2\t1\t0\tx
                P3\tutility\t2020-01-07\tT\tB2\t1\t0\tx
                P4\tutility\t2020-01-07\tT\tB2\t1\t0\tx
                """);
        Path inventors = Files.writeString(dir.resolve("g_inventor_disambiguated.tsv"), """
                patent_id\tinventor_sequence\tlocation_id
                P1\t0\tmuc
                P1\t1\tmuc
                P2\t0\tmuc
                P3\t0\tmuc
                P4\t0\tmuc
                P4\t1\tden
                """);
        Path locations = Files.writeString(dir.resolve("g_location_disambiguated.tsv"), """
                location_id\tdisambig_city\tdisambig_country\tlatitude\tlongitude
                muc\tMunich\tDE\t%s\t%s
                den\tDenver\tUS\t39.74\t-104.99
                """.formatted(A.lat(), A.lon()));
        Path assignees = Files.writeString(dir.resolve("g_assignee_disambiguated.tsv"), """
                patent_id\tassignee_sequence\tassignee_id\tdisambig_assignee_individual_name_first\tdisambig_assignee_individual_name_last\tdisambig_assignee_organization\tassignee_type\tlocation_id
                P1\t1\tb\t\t\tBeta GmbH\t3\t
                P1\t0\ta\t\t\tAcme Corp\t2\t
                P2\t0\ta\t\t\tAcme Corp\t2\t
                P3\t0\ti\tJane\tRoe\t\t4\t
                P4\t0\ta\t\t\tAcme Corp\t2\t
                P4\t1\tb\t\t\tBeta GmbH\t3\t
                """);
        Path out = dir.resolve("pv.sqlite");
        new SnapshotImport(out, true, null, "assignees").run(new PatentsViewImport(patents, inventors, locations,
                null, false, Progress.silent()).withAssignees(assignees));
        return out;
    }

    @Test
    void patentWithTwoAssigneesDividesItsShareInTheCluster() throws Exception {
        ProfileSnapshots.Profiled p = ProfileSnapshots.profile(patentsWithAssignees(dir));
        ClusterProfile a = p.at(A);
        assertEquals(3.5, p.ranking().row(p.clusterAt(A)).patents(), 1e-12); // P4's split changes no count
        assertEquals(List.of(new OrganizationCount("Acme Corp", 1.75), new OrganizationCount("Beta GmbH", 0.75)),
                a.organizations());
        assertEquals(true, p.profiles().hasOrganizations());
    }

    @Test
    void csvOrganizationColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), """
                doc_id,kind,year,lat,lon,country,organization
                w1,publication,2020,%1$s,%2$s,DE,TU Munich
                w1,publication,2020,%1$s,%2$s,DE,LMU
                w2,publication,2020,%1$s,%2$s,DE,TU Munich
                w3,publication,2020,%1$s,%2$s,DE,
                """.formatted(A.lat(), A.lon()));
        Path out = dir.resolve("csv.sqlite");
        new CsvImporter(CsvImportOptions.defaults().withOverwrite(true).withMessages(
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))).importFile(csv, out);
        ClusterProfile a = ProfileSnapshots.profile(out).at(A);
        assertEquals(List.of(new OrganizationCount("TU Munich", 1.5), new OrganizationCount("LMU", 0.5)),
                a.organizations());
    }

    @Test
    void snapshotsWithoutOrganisationsOpenWithNone() throws Exception {
        Path old = ProfileSnapshots.write(dir.resolve("v1.sqlite"),
                ProfileSnapshots.twoCountriesTwoClusters());
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
             var st = db.createStatement()) {
            // the layout of snapshots written before organisations existed
            st.execute("CREATE TABLE a2 (document_id INTEGER NOT NULL, location_id INTEGER NOT NULL, share REAL NOT NULL)");
            st.execute("INSERT INTO a2 SELECT document_id, location_id, share FROM addresses");
            st.execute("DROP TABLE addresses");
            st.execute("ALTER TABLE a2 RENAME TO addresses");
            st.execute("DROP TABLE organizations");
        }
        ProfileSnapshots.Profiled p = ProfileSnapshots.profile(old);
        assertEquals(false, p.profiles().hasOrganizations());
        assertEquals(List.of(), p.at(A).organizations());
        assertEquals(0.2, p.at(A).internationalShare(), 1e-12);
    }

    /** OpenAlex: an authorship with two institutions gives each half of its 1/n, under the display name. */
    @Test
    void openAlexInstitutionDisplayName() throws Exception {
        Path institutions = Files.writeString(dir.resolve("institutions.jsonl"), """
                {"id":"https://openalex.org/I1","display_name":"Technical University of Munich","geo":{"latitude":%1$s,"longitude":%2$s,"country_code":"DE","city":"Munich"}}
                {"id":"https://openalex.org/I2","display_name":"LMU Munich","geo":{"latitude":%1$s,"longitude":%2$s,"country_code":"DE","city":"Munich"}}
                """.formatted(A.lat(), A.lon()));
        Path works = Files.writeString(dir.resolve("works.jsonl"), """
                {"id":"https://openalex.org/W1","type":"article","publication_year":2020,"authorships":[{"institutions":[{"id":"https://openalex.org/I1"},{"id":"https://openalex.org/I2"}]},{"institutions":[{"id":"https://openalex.org/I1"}]}]}
                {"id":"https://openalex.org/W2","type":"article","publication_year":2020,"authorships":[{"institutions":[{"id":"https://openalex.org/I2"}]}]}
                """);
        Path out = dir.resolve("oa.sqlite");
        new SnapshotImport(out, true, null, "oa").run(new org.clusteratlas.snapshot.openalex.OpenAlexImport(
                List.of(works), List.of(institutions), java.util.Set.of("article"), Integer.MIN_VALUE,
                Integer.MAX_VALUE, false, Progress.silent()));
        ClusterProfile a = ProfileSnapshots.profile(out).at(A);
        // W1: I1 1/4 + 1/2, I2 1/4; W2: I2 1
        assertEquals(List.of(new OrganizationCount("LMU Munich", 1.25),
                new OrganizationCount("Technical University of Munich", 0.75)), a.organizations());
    }
}
