#include "conceptbrowser.h"

#include "graph/knowledgegraph.h"
#include "models/concepttreemodel.h"
#include "style/kindicon.h"
#include "style/kindstyle.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace entente {

namespace {

/** At most this many names per group; the rest is a count (a mechanism of a big graph may have
 * thousands of users). */
constexpr size_t MaxListed = 60;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString icon(const Entity& e)
{
    return QStringLiteral("<img src='qrc%1' width='16' height='16' style='vertical-align: middle'>")
        .arg(KindIcon::path(e.kind, e.category));
}

/** A list of entity links: concepts (mechanisms) move the browser, the rest go to the canvas. */
QString links(const KnowledgeGraph& g, const std::vector<int>& vertices)
{
    QStringList items;
    for (size_t i = 0; i < vertices.size() && i < MaxListed; ++i) {
        const Entity& e = g.entity(vertices[i]);
        const QString scheme =
            e.kind == EntityKind::Mechanism ? QStringLiteral("concept") : QStringLiteral("entity");
        items << QStringLiteral("%1&nbsp;<a href='%2:%3'>%4</a>")
                     .arg(icon(e), scheme, esc(QString::fromLatin1(QUrl::toPercentEncoding(e.id))),
                          esc(e.name));
    }
    QString html = items.join(QStringLiteral(", "));
    if (vertices.size() > MaxListed)
        html += QObject::tr(" … and %1 more").arg(vertices.size() - MaxListed);
    return html;
}

/** One heading per kind with its count, e.g. "Organisations (12)". */
QString grouped(const KnowledgeGraph& g, const std::array<std::vector<int>, 4>& byKind)
{
    QString html;
    // Organisations and treaties first: they are what a student looks for under a mechanism.
    for (EntityKind kind :
         {EntityKind::Organisation, EntityKind::Treaty, EntityKind::Actor, EntityKind::Mechanism}) {
        const auto& list = byKind[static_cast<size_t>(kind)];
        if (list.empty())
            continue;
        html += QStringLiteral("<p><b style='color:%1'>%2 (%3)</b><br>%4</p>")
                    .arg(KindStyle::colour(kind).darker(140).name(), entityKindLabel(kind))
                    .arg(list.size())
                    .arg(links(g, list));
    }
    return html;
}

size_t total(const std::array<std::vector<int>, 4>& byKind)
{
    size_t n = 0;
    for (const auto& list : byKind)
        n += list.size();
    return n;
}

} // namespace

ConceptBrowser::ConceptBrowser(ConceptTreeModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)), m_detail(new QTextBrowser(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A match deep in the taxonomy keeps the path to it, so the reader sees where it belongs.
    m_proxy->setRecursiveFilteringEnabled(true);

    m_filter->setPlaceholderText(tr("Filter concepts…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter concepts"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setAccessibleName(tr("Concepts"));
    m_tree->expand(m_proxy->mapFromSource(model->rootIndex(ConceptTreeModel::Mechanisms)));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConceptBrowser::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_shown = -1;
        m_tree->expand(m_proxy->mapFromSource(m_model->rootIndex(ConceptTreeModel::Mechanisms)));
        showIntro();
    });

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Concept"));
    m_detail->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin-bottom: 2px; } p.meta { color: #555; } h3 { margin-top: 12px; "
                       "margin-bottom: 2px; } "
                       "a { text-decoration: none; }"));
    connect(m_detail, &QTextBrowser::anchorClicked, this, &ConceptBrowser::onLink);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    showIntro();
}

void ConceptBrowser::showIntro()
{
    m_detail->setHtml(
        tr("<h3>Concepts</h3><p>Mechanisms are the ways actors cooperate — mediation, summit "
           "diplomacy, peacekeeping… The tree shows them from the broadest down (<i>summit "
           "diplomacy</i> is a kind of <i>diplomacy</i>), and organisations and treaties by "
           "category.</p><p>Choose one to see what it is, its broader and narrower concepts, "
           "and the organisations, treaties and actors that use it; click a name to show it "
           "on the map.</p>"));
}

void ConceptBrowser::onCurrentChanged()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const int vertex = index.isValid() ? index.data(ConceptTreeModel::VertexRole).toInt() : -1;
    if (vertex >= 0)
        explain(vertex);
}

bool ConceptBrowser::showConcept(int vertex)
{
    QModelIndex source = m_model->indexOfVertex(vertex);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear(); // the filter hides it: show the whole tree again
        index = m_proxy->mapFromSource(source);
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    explain(vertex); // also when it was current already
    return true;
}

void ConceptBrowser::explain(int vertex)
{
    m_shown = vertex;
    m_detail->setHtml(detailHtml(vertex));
}

QString ConceptBrowser::detailHtml(int vertex) const
{
    const KnowledgeGraph* g = m_model->graph();
    if (!g || vertex < 0 || vertex >= g->entityCount())
        return {};
    const Entity& e = g->entity(vertex);
    const ConceptTreeModel::Info info = ConceptTreeModel::info(*g, vertex);
    const QString id = esc(QString::fromLatin1(QUrl::toPercentEncoding(e.id)));
    QString html =
        QStringLiteral(
            "<h2><img src='qrc%1' width='22' height='22' style='vertical-align: middle'> %2</h2>")
            .arg(KindIcon::path(e.kind, e.category), esc(e.name));
    html += QStringLiteral("<p class='meta'>%1 · %2 · <a href='focus:%3'>%4</a></p>")
                .arg(esc(entityKindName(e.kind)), esc(e.category), id, tr("show on the map"));
    if (!e.aliases.isEmpty())
        html +=
            QStringLiteral("<p class='meta'>%1</p>").arg(esc(e.aliases.join(QStringLiteral(", "))));
    const QString description = m_description ? m_description(e.id) : e.description;
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(description));
    if (e.kind == EntityKind::Mechanism) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Broader concepts (%1)").arg(info.broader.size()),
                         info.broader.empty() ? tr("none — a top-level concept")
                                              : links(*g, info.broader));
        if (!info.narrower.empty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(tr("Narrower concepts (%1)").arg(info.narrower.size()),
                             links(*g, info.narrower));
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Used by (%1)").arg(total(info.users)));
        html +=
            total(info.users)
                ? grouped(*g, info.users)
                : tr("<p>No organisation, treaty or actor is recorded as using it directly.</p>");
        if (total(info.usersOfNarrower))
            html +=
                QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Through narrower concepts (%1)").arg(total(info.usersOfNarrower))) +
                grouped(*g, info.usersOfNarrower);
    } else {
        if (!info.mechanisms.empty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(tr("Mechanisms it uses (%1)").arg(info.mechanisms.size()),
                             links(*g, info.mechanisms));
        if (total(info.members))
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(e.kind == EntityKind::Treaty
                                 ? tr("Parties (%1)").arg(total(info.members))
                                 : tr("Members (%1)").arg(total(info.members))) +
                    grouped(*g, info.members);
    }
    return html;
}

void ConceptBrowser::onLink(const QUrl& url)
{
    const KnowledgeGraph* g = m_model->graph();
    const QString id = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    if (!g || id.isEmpty())
        return;
    if (url.scheme() == QLatin1String("concept"))
        showConcept(g->indexOf(id));
    else if (url.scheme() == QLatin1String("entity"))
        emit entityActivated(id);
    else if (url.scheme() == QLatin1String("focus"))
        emit focusRequested(id);
}

} // namespace entente
