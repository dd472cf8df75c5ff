#include "graph/graphdocument.h"
#include "models/commandpalettemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QTest>

using namespace entente;

Q_DECLARE_METATYPE(CommandPaletteModel::Match)

namespace {

std::shared_ptr<KnowledgeGraph> fixture()
{
    auto g = std::make_shared<KnowledgeGraph>();
    RelationKindVocabulary v;
    v.add(RelationKindVocabulary::makeGeneric(QStringLiteral("member_of")));
    g->setVocabulary(v);
    struct Row
    {
        const char* id;
        EntityKind kind;
        const char* name;
        QStringList aliases;
    };
    const Row rows[] = {{"org:un", EntityKind::Organisation, "United Nations", {"UN"}},
                        {"org:nato",
                         EntityKind::Organisation,
                         "North Atlantic Treaty Organization",
                         {"NATO", "Atlantic Alliance"}},
                        {"state:natland", EntityKind::Actor, "Natland", {}},
                        {"org:senate", EntityKind::Organisation, "Senate Forum", {}},
                        {"org:union-a", EntityKind::Organisation, "Union A", {}},
                        {"org:union-b", EntityKind::Organisation, "Union B", {}},
                        {"org:fitness", EntityKind::Organisation, "Fitness Forum", {}},
                        {"mech:peacekeeping", EntityKind::Mechanism, "Peacekeeping", {}}};
    for (const Row& r : rows) {
        Entity e;
        e.id = QString::fromLatin1(r.id);
        e.kind = r.kind;
        e.name = QString::fromLatin1(r.name);
        e.aliases = r.aliases;
        g->addEntity(e);
    }
    // Union B is more connected than Union A.
    g->addRelation(QStringLiteral("r1"), 0, g->indexOf(QStringLiteral("org:union-b")),
                   g->indexOf(QStringLiteral("org:un")), {});
    g->addRelation(QStringLiteral("r2"), 0, g->indexOf(QStringLiteral("org:union-b")),
                   g->indexOf(QStringLiteral("org:nato")), {});
    g->finalize();
    return g;
}

} // namespace

/** Matching and ranking of the Ctrl+K palette, on hand-made entities and real QActions. */
class TestCommandPaletteModel : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<CommandPaletteModel::Match>("expected");
        QTest::addColumn<int>("span");
        using M = CommandPaletteModel::Match;
        QTest::newRow("exact, any case") << "United Nations"
                                         << "united NATIONS" << M::Exact << 14;
        QTest::newRow("exact, spaces around") << "NATO"
                                              << "  nato " << M::Exact << 4;
        QTest::newRow("prefix") << "United Nations"
                                << "unit" << M::Prefix << 4;
        QTest::newRow("word start") << "United Nations"
                                    << "nat" << M::WordStart << 3;
        QTest::newRow("word start after hyphen") << "Egypt-Israel peace"
                                                 << "isr" << M::WordStart << 3;
        QTest::newRow("word start, second occurrence") << "Senate of Nations"
                                                       << "nat" << M::WordStart << 3;
        QTest::newRow("inside a word") << "Peacekeeping"
                                       << "keep" << M::Subsequence << 4;
        QTest::newRow("letters in order") << "Peacekeeping"
                                          << "pkg" << M::Subsequence << 12;
        QTest::newRow("tightest span") << "axbxc xabc"
                                       << "abc" << M::Subsequence << 3;
        QTest::newRow("accented letters fold") << "Élysée Treaty"
                                               << "élysée" << M::Prefix << 6;
        QTest::newRow("letters out of order") << "NATO"
                                              << "otan" << M::None << 0;
        QTest::newRow("longer than text") << "UN"
                                          << "unesco" << M::None << 0;
        QTest::newRow("empty query") << "UN"
                                     << "" << M::None << 0;
    }
    void match()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(CommandPaletteModel::Match, expected);
        int span = 0;
        QCOMPARE(CommandPaletteModel::match(text, query, &span), expected);
        if (expected != CommandPaletteModel::Match::None)
            QTEST(span, "span");
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // first column of every row, best first
        QTest::addColumn<QStringList>("details");  // second column of the first rows
        QTest::newRow("name over alias, then word start, then letters")
            << "nat"
            << QStringList{"Natland", "North Atlantic Treaty Organization", "United Nations",
                           "Senate Forum"}
            << QStringList{"actor", "NATO · organisation"};
        QTest::newRow("alias exact beats name prefix")
            << "un" << QStringList{"United Nations", "Union B", "Union A"}
            << QStringList{"UN · organisation"};
        QTest::newRow("more connected first")
            << "union" << QStringList{"Union B", "Union A", "United Nations"} << QStringList{};
        QTest::newRow("command before entity")
            << "fit" << QStringList{"View › Fit all", "Fitness Forum"}
            << QStringList{"Ctrl+0", "organisation"};
        QTest::newRow("commands only") << ">fit" << QStringList{"View › Fit all"} << QStringList{};
        QTest::newRow("menu path matches too")
            << "view zoom" << QStringList{"View › Zoom in"} << QStringList{};
        QTest::newRow("nothing") << "qqq" << QStringList{} << QStringList{};
        QTest::newRow("empty: every command")
            << "" << QStringList{"File › Open…", "View › Fit all", "View › Zoom in"}
            << QStringList{};
    }
    void ranking()
    {
        QFETCH(QString, query);
        GraphDocument document;
        document.setGraph(fixture());
        CommandPaletteModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAction open(QStringLiteral("&Open…")), fit(QStringLiteral("&Fit all")),
            zoom(QStringLiteral("Zoom &in")), hidden(QStringLiteral("Gone"));
        fit.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        std::vector<CommandPaletteModel::Command> commands{
            {QStringLiteral("&File › &Open…"), {}, {}, &open},
            {QStringLiteral("&View › ") + fit.text(), fit.shortcut().toString(), {}, &fit},
            {QStringLiteral("View › ") + zoom.text(), {}, {}, &zoom}};
        {
            // A command whose action is gone is never offered.
            auto* gone = new QAction(QStringLiteral("Gone"));
            commands.push_back({QStringLiteral("View › Gone"), {}, {}, gone});
            delete gone;
        }
        model.setCommands(commands);
        model.setQuery(query);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, 0).data().toString();
        QTEST(names, "expected");
        QFETCH(QStringList, details);
        for (int r = 0; r < details.size(); ++r)
            QCOMPARE(model.index(r, 1).data().toString(), details[r]);
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool entity =
                model.index(r, 0).data(CommandPaletteModel::VertexRole).toInt() >= 0;
            QCOMPARE(!model.index(r, 0).data(CommandPaletteModel::IdRole).toString().isEmpty(),
                     entity);
            if (entity) // kind icons for entities
                QVERIFY(!model.index(r, 0)
                             .data(Qt::DecorationRole)
                             .value<QIcon>()
                             .pixmap(16, 16)
                             .isNull());
        }
    }

    void typingNarrowsLikeAFreshQuery()
    {
        // Each keystroke rescans only the previous matches; the rows must be those of a fresh
        // model.
        GraphDocument document;
        document.setGraph(fixture());
        CommandPaletteModel typing(&document);
        const auto rows = [](const CommandPaletteModel& m) {
            QStringList out;
            for (int r = 0; r < m.rowCount(); ++r)
                out << m.index(r, 0).data().toString();
            return out;
        };
        for (const QString& text :
             {QStringLiteral("n"), QStringLiteral("na"), QStringLiteral("nat"),
              QStringLiteral("na"), QStringLiteral("nati"), QStringLiteral("u"),
              QStringLiteral("un"), QStringLiteral("uni")}) {
            typing.setQuery(text);
            CommandPaletteModel fresh(&document);
            fresh.setQuery(text);
            QCOMPARE(rows(typing), rows(fresh));
        }
        QVERIFY(typing.rowCount() > 0);
    }

    void limit()
    {
        GraphDocument document;
        document.setGraph(fixture());
        CommandPaletteModel model(&document);
        model.setLimit(2);
        model.setQuery(QStringLiteral("n"));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestCommandPaletteModel)
#include "tst_commandpalettemodel.moc"
