#include "graph/knowledgegraph.h"
#include "panels/detailspanel.h"
#include "panels/entityeditdialog.h"
#include "panels/relationeditdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

/** The edit dialogs offscreen: typed input, inline messages, kinds offered between endpoints. */
class TestEditDialogs : public QObject
{
    Q_OBJECT

    KnowledgeGraph m_graph;

    static void clickOk(QDialog& d)
    {
        QPushButton* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    static void type(QDialog& d, const char* field, const QString& text)
    {
        auto* edit = d.findChild<QLineEdit*>(QString::fromLatin1(field));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        RelationKindVocabulary v;
        v.add({"member_of",
               "member of",
               "has member",
               true,
               {EntityKind::Actor, EntityKind::Organisation},
               {EntityKind::Organisation},
               "#0072B2"});
        v.add({"party_to",
               "party to",
               "has party",
               true,
               {EntityKind::Actor, EntityKind::Organisation},
               {EntityKind::Treaty},
               "#009E73"});
        v.add({"succeeded_by",
               "succeeded by",
               "succeeds",
               true,
               {EntityKind::Treaty, EntityKind::Organisation},
               {EntityKind::Treaty, EntityKind::Organisation},
               "#777777"});
        m_graph.setVocabulary(v);
        auto add = [this](const char* id, EntityKind k, const char* name,
                          QStringList aliases = {}) {
            Entity e;
            e.id = id;
            e.kind = k;
            e.name = name;
            e.aliases = aliases;
            e.category = "state";
            m_graph.addEntity(e);
        };
        add("state:FRA", EntityKind::Actor, "France", {"French Republic"});
        add("org:nato", EntityKind::Organisation, "NATO");
        add("treaty:nafta", EntityKind::Treaty, "NAFTA");
        add("treaty:usmca", EntityKind::Treaty, "USMCA");
        m_graph.addRelation("r1", 0, 0, 1, {});
        m_graph.finalize();
    }

    void entityDialogShowsProblemsInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("aliases");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("message");
        QTest::newRow("month 13") << "Jane"
                                  << "actor:jane"
                                  << ""
                                  << "1999-13"
                                  << ""
                                  << "not a date";
        QTest::newRow("end before start") << "Jane"
                                          << "actor:jane"
                                          << ""
                                          << "2001"
                                          << "1999-04"
                                          << "before the start";
        QTest::newRow("duplicate id") << "Jane"
                                      << "state:FRA"
                                      << ""
                                      << ""
                                      << ""
                                      << "already used by France";
        QTest::newRow("alias of another entity") << "Jane"
                                                 << "actor:jane"
                                                 << "JD; french republic"
                                                 << ""
                                                 << ""
                                                 << "already names France";
        QTest::newRow("no name") << ""
                                 << "actor:jane"
                                 << ""
                                 << ""
                                 << ""
                                 << "name is empty";
        QTest::newRow("valid") << "Jane Doe"
                               << "actor:jane"
                               << "JD"
                               << "1970-05"
                               << ""
                               << "";
    }

    void entityDialogShowsProblemsInline()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, aliases);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, message);
        EntityEditDialog d(m_graph, Entity{}, true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        type(d, "name", name);
        type(d, "id", id);
        type(d, "aliases", aliases);
        type(d, "start", start);
        type(d, "end", end);
        clickOk(d);
        if (message.isEmpty()) {
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QVERIFY(d.isHidden());
            const Entity e = d.entity();
            QCOMPARE(e.name, name);
            QCOMPARE(e.aliases, QStringList{"JD"});
            QCOMPARE(e.existence.start(), PartialDate::ofMonth(1970, 5)); // the precision typed
        } else {
            QVERIFY(d.isVisible()); // never closes on a problem
            QVERIFY2(d.errorText().contains(message, Qt::CaseInsensitive),
                     qPrintable(d.errorText()));
            QVERIFY(d.findChild<QLabel*>("editError")->isVisible());
        }
    }

    void newEntitySuggestsId()
    {
        EntityEditDialog d(m_graph, Entity{}, true);
        d.show();
        type(d, "name", "Élise Martin");
        QCOMPARE(d.findChild<QLineEdit*>("id")->text(), QString("actor:elise-martin"));
        type(d, "name", "France");
        QCOMPARE(d.findChild<QLineEdit*>("id")->text(), QString("actor:france"));
    }

    void relationDialogOffersAllowedKinds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("state to organisation") << "France"
                                               << "org:nato" << QStringList{"member_of"};
        QTest::newRow("state to treaty") << "french republic"
                                         << "NAFTA" << QStringList{"party_to"};
        QTest::newRow("treaty to treaty") << "NAFTA"
                                          << "USMCA" << QStringList{"succeeded_by"};
        QTest::newRow("treaty to state: none") << "NAFTA"
                                               << "France" << QStringList{};
    }

    void relationDialogOffersAllowedKinds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, kinds);
        RelationEditDialog d(m_graph, Relation{"edit:1", {}, {}, {}, {}, {}, {}, {}, {}}, true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        type(d, "source", from);
        type(d, "target", to);
        d.findChild<QLineEdit*>("start")->setFocus(); // leaving the field refreshes the kinds
        QCOMPARE(d.offeredKinds(), kinds);
        clickOk(d);
        if (kinds.isEmpty()) {
            QVERIFY(d.isVisible());
            QVERIFY2(
                d.errorText().contains("No relation kind joins NAFTA (treaty) to France (actor)"),
                qPrintable(d.errorText()));
        } else {
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(d.relation().kind, kinds.first());
        }
    }

    void relationDialogRefusesUnknownEntityAndBadDate()
    {
        RelationEditDialog d(m_graph, Relation{"edit:2", {}, {}, {}, {}, {}, {}, {}, {}}, true);
        d.show();
        type(d, "source", "Atlantis");
        type(d, "target", "NATO");
        clickOk(d);
        QVERIFY(d.errorText().contains("\"Atlantis\" is not an entity"));
        type(d, "source", "France");
        type(d, "start", "2020-02-30");
        clickOk(d);
        QVERIFY2(d.errorText().contains("not a date"), qPrintable(d.errorText()));
        type(d, "start", "2020-02");
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.relation().interval.start(), PartialDate::ofMonth(2020, 2));
    }

    void detailsOfferEditLinksOnlyWhenEditable()
    {
        EntityDetails details;
        details.entity = m_graph.entity(0);
        EntityDetails::Tie tie;
        tie.relation.id = "rel:with/slash";
        tie.label = "member of";
        tie.otherId = "org:nato";
        tie.otherName = "NATO";
        details.ties << tie;
        QVERIFY(!DetailsPanel::toHtml(details).contains("entente-edit:"));
        const QString html = DetailsPanel::toHtml(details, true);
        QVERIFY(html.contains("entente-edit://edit-relation/rel%3Awith%2Fslash"));
        QVERIFY(html.contains("entente-edit://delete-entity/state%3AFRA"));
        QVERIFY(html.contains("unsourced"));

        DetailsPanel panel;
        panel.setEditable(true);
        QSignalSpy spy(&panel, &DetailsPanel::editRequested);
        emit panel.anchorClicked(QUrl("entente-edit://edit-relation/rel%3Awith%2Fslash"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toString(), QString("edit-relation"));
        QCOMPARE(spy[0][1].toString(), QString("rel:with/slash"));
    }

    void screenshots()
    {
        // Not an assertion on pixels: the grabs are looked at by a person (see README).
        EntityEditDialog e(m_graph, Entity{}, true);
        e.show();
        type(e, "name", "Jane Doe");
        type(e, "start", "1970-13");
        clickOk(e);
        QVERIFY(e.grab().save(QDir::temp().filePath("entente-entity-dialog.png")));
        RelationEditDialog r(m_graph, Relation{"edit:3", {}, {}, {}, {}, {}, {}, {}, {}}, true);
        r.show();
        QVERIFY(QTest::qWaitForWindowExposed(&r));
        type(r, "source", "NAFTA");
        type(r, "target", "France");
        r.findChild<QLineEdit*>("start")->setFocus();
        clickOk(r);
        QVERIFY(r.grab().save(QDir::temp().filePath("entente-relation-dialog.png")));
    }
};

QTEST_MAIN(TestEditDialogs)
#include "tst_editdialogs.moc"
