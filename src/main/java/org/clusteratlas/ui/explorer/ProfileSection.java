package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.OrganizationCount;
import org.clusteratlas.profile.Partner;
import org.clusteratlas.profile.Specialisation;
import org.clusteratlas.rank.Ranking;

import java.util.List;
import java.util.Locale;

/**
 * The profile part of the details pane: growth (patents, publications, score), international share, top
 * partner clusters, top specialisations (RTA) and every organisation in a sortable table. Only shows what the
 * {@link ProfilesModel} computed off the FX thread; formulas in {@code docs/method-ranking.md}.
 */
final class ProfileSection extends VBox {
    static final int PARTNERS = 8;

    private final GridPane facts = new GridPane();
    private final Label partners = new Label();
    private final Label specialisations = new Label();
    private final TableView<OrganizationCount> organisations = new TableView<>();
    private final Label pending = new Label("Computing growth, partners and organisations\u2026");

    ProfileSection() {
        super(8);
        setId("details-profile");
        facts.getStyleClass().add("facts");
        partners.setWrapText(true);
        partners.setMinHeight(Region.USE_PREF_SIZE);
        partners.setId("details-partners");
        specialisations.setWrapText(true);
        specialisations.setMinHeight(Region.USE_PREF_SIZE);
        specialisations.setId("details-specialisations");
        pending.getStyleClass().add("hint");
        organisations.setId("details-organisations");
        organisations.setPrefHeight(180);
        organisations.setPlaceholder(new Label("No organisations recorded in this snapshot"));
        organisations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OrganizationCount, Double> count = new TableColumn<>("Count");
        count.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().count()));
        count.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%,.2f", v));
            }
        });
        count.getStyleClass().add("numeric");
        count.setPrefWidth(80);
        count.setMinWidth(70);
        count.setMaxWidth(110);
        count.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<OrganizationCount, String> name = new TableColumn<>("Organisation");
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().name()));
        organisations.getColumns().add(count);
        organisations.getColumns().add(name);
        HBox lists = new HBox(18, section("TOP PARTNER CLUSTERS (shared documents)", partners),
                section("SPECIALISATIONS (RTA)", specialisations));
        getChildren().addAll(pending, facts, lists, section("ORGANISATIONS", organisations));
        show(null, null);
    }

    private static VBox section(String header, Region body) {
        Label h = new Label(header);
        h.getStyleClass().add("panel-header");
        VBox box = new VBox(4, h, body);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Shows a cluster's profile (null: still computing, or none), partner names from {@code ranking}. */
    void show(ClusterProfile p, Ranking ranking) {
        boolean none = p == null;
        pending.setVisible(none);
        pending.setManaged(none);
        facts.getChildren().clear();
        if (none) {
            partners.setText("");
            specialisations.setText("");
            organisations.getItems().clear();
            return;
        }
        String[][] rows = {
            {"Growth", String.format(Locale.ROOT, "score %s a year, patents %s, publications %s",
                    growth(p.growthScore()), growth(p.growthPatents()), growth(p.growthPublications()))},
            {"International", Double.isNaN(p.internationalShare()) ? "\u2013" : String.format(Locale.ROOT,
                    "%.1f%% of the output from documents located in two or more countries",
                    100 * p.internationalShare())},
        };
        for (int i = 0; i < rows.length; i++) {
            Label k = new Label(rows[i][0]);
            k.getStyleClass().add("fact-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(rows[i][1]);
            v.getStyleClass().add("fact-value");
            v.setWrapText(true);
            v.setId("detail-" + rows[i][0].toLowerCase(Locale.ROOT));
            facts.addRow(i, k, v);
        }
        partners.setText(partnerLines(p.topPartners(PARTNERS), ranking));
        specialisations.setText(specialisationLines(p.topSpecialisations()));
        organisations.setItems(FXCollections.observableArrayList(p.organizations()));
        organisations.getSortOrder().setAll(List.of(organisations.getColumns().get(0)));
    }

    /** "+4.8%" or "–" (fewer than two years with output). */
    static String growth(double g) {
        return Double.isNaN(g) ? "\u2013" : String.format(Locale.ROOT, "%+.1f%%", 100 * g);
    }

    private static String partnerLines(List<Partner> list, Ranking ranking) {
        StringBuilder b = new StringBuilder();
        for (Partner q : list) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, "%,6d  #%d %s", q.sharedDocuments(), ranking.row(q.clusterId()).rank(),
                    ranking.row(q.clusterId()).name()));
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }

    private static String specialisationLines(List<Specialisation> list) {
        StringBuilder b = new StringBuilder();
        for (Specialisation s : list) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, "%5.2f  %s (%s)", s.rta(), s.field(), s.kind().code()));
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }
}
