#include "commandpalettemodel.h"

#include "graph/graphdocument.h"
#include "style/kindicon.h"

#include <QAction>
#include <QColor>
#include <algorithm>
#include <tuple>

namespace entente {

namespace {

bool wordBoundaryBefore(const QString& text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

/** Match on already case-folded strings. */
CommandPaletteModel::Match matchFolded(const QString& text, const QString& query, int* span)
{
    using M = CommandPaletteModel::Match;
    if (query.isEmpty() || text.size() < query.size())
        return M::None;
    if (span)
        *span = static_cast<int>(query.size());
    if (text == query)
        return M::Exact;
    if (text.startsWith(query))
        return M::Prefix;
    for (qsizetype at = text.indexOf(query, 1); at > 0; at = text.indexOf(query, at + 1))
        if (wordBoundaryBefore(text, at))
            return M::WordStart;
    // Letters in order ("pka" in "peacekeeping"); a match that starts later but stays tight
    // is found by trying each start of the first letter and keeping the shortest span.
    int best = -1;
    for (qsizetype start = text.indexOf(query.at(0)); start >= 0;
         start = text.indexOf(query.at(0), start + 1)) {
        qsizetype i = start, q = 0;
        for (; i < text.size() && q < query.size(); ++i)
            if (text.at(i) == query.at(q))
                ++q;
        if (q < query.size())
            break; // later starts cannot succeed either
        const int s = static_cast<int>(i - start);
        if (best < 0 || s < best)
            best = s;
    }
    if (best < 0)
        return M::None;
    if (span)
        *span = best;
    return M::Subsequence;
}

QString stripMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

CommandPaletteModel::Match CommandPaletteModel::match(const QString& text, const QString& query,
                                                      int* span)
{
    return matchFolded(text.toCaseFolded(), query.trimmed().toCaseFolded(), span);
}

CommandPaletteModel::CommandPaletteModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // A new graph makes the results' vertex numbers meaningless; navigation (same graph) does not.
    connect(document, &GraphDocument::graphReset, this, [this] {
        if (m_document->sharedGraph() != m_foldedFor)
            refresh();
    });
}

CommandPaletteModel::~CommandPaletteModel() = default;

void CommandPaletteModel::setCommands(std::vector<Command> commands)
{
    for (Command& c : commands)
        c.label = stripMnemonic(c.label);
    m_commands = std::move(commands);
    refresh();
}

void CommandPaletteModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void CommandPaletteModel::foldNames()
{
    const auto graph = m_document->sharedGraph();
    if (graph == m_foldedFor)
        return;
    m_foldedFor = graph;
    m_folded.clear();
    m_scanned.clear();
    m_candidates.clear();
    if (!graph)
        return;
    m_folded.reserve(static_cast<size_t>(graph->entityCount()));
    for (int v = 0; v < graph->entityCount(); ++v) {
        const Entity& e = graph->entity(v);
        QStringList names{e.name.toCaseFolded()};
        for (const QString& a : e.aliases)
            names << a.toCaseFolded();
        m_folded.push_back(std::move(names));
    }
}

void CommandPaletteModel::refresh()
{
    beginResetModel();
    m_results.clear();
    QString query = m_query.trimmed();
    const bool commandsOnly = query.startsWith(QLatin1Char('>'));
    if (commandsOnly)
        query = query.mid(1).trimmed();
    const QString folded = query.toCaseFolded();
    for (size_t c = 0; c < m_commands.size(); ++c) {
        if (!m_commands[c].action)
            continue;
        Result r;
        r.command = static_cast<int>(c);
        if (folded.isEmpty()) {
            r.match = Match::Subsequence; // nothing typed yet: every command, in menu order
        } else {
            // "Fit all" should be found by "fit" as well as by "view fit".
            const QString label = m_commands[c].label.toCaseFolded();
            const QString last = label.section(QStringLiteral(" › "), -1);
            int span = 0, lastSpan = 0;
            const Match whole = matchFolded(label, folded, &span);
            const Match item = matchFolded(last, folded, &lastSpan);
            r.match = std::max(whole, item);
            r.span = item >= whole ? lastSpan : span;
        }
        if (r.match != Match::None)
            m_results.push_back(r);
    }
    const KnowledgeGraph* g = m_document->graph();
    if (g && !commandsOnly && !folded.isEmpty()) {
        foldNames();
        const bool narrowing = !m_scanned.isEmpty() && folded.startsWith(m_scanned);
        const int count =
            narrowing ? static_cast<int>(m_candidates.size()) : static_cast<int>(m_folded.size());
        std::vector<int> matched;
        for (int i = 0; i < count; ++i) {
            const int v = narrowing ? m_candidates[static_cast<size_t>(i)] : i;
            const QStringList& names = m_folded[static_cast<size_t>(v)];
            Result best;
            for (qsizetype i = 0; i < names.size(); ++i) {
                int span = 0;
                const Match m = matchFolded(names[i], folded, &span);
                if (m > best.match || (m == best.match && m != Match::None && span < best.span)) {
                    best.match = m;
                    best.span = span;
                    best.alias = static_cast<int>(i) - 1;
                }
            }
            if (best.match != Match::None) {
                best.vertex = v;
                m_results.push_back(best);
                matched.push_back(v);
            }
        }
        m_scanned = folded;
        m_candidates = std::move(matched);
    }
    const auto key = [g](const Result& r) {
        const int degree = r.vertex >= 0 ? static_cast<int>(g->degree(r.vertex)) : 0;
        const int length = r.vertex >= 0 ? static_cast<int>(g->entity(r.vertex).name.size()) : 0;
        // Better match, tighter letters, commands first, the name over an alias, more
        // connected, shorter name.
        return std::make_tuple(-static_cast<int>(r.match), r.span, r.vertex >= 0, r.alias >= 0,
                               -degree, length);
    };
    const size_t keep = std::min(m_results.size(), static_cast<size_t>(std::max(m_limit, 0)));
    std::partial_sort(m_results.begin(), m_results.begin() + static_cast<std::ptrdiff_t>(keep),
                      m_results.end(), [&](const Result& a, const Result& b) {
                          const auto ka = key(a), kb = key(b);
                          if (ka != kb)
                              return ka < kb;
                          return a.vertex != b.vertex ? a.vertex < b.vertex : a.command < b.command;
                      });
    m_results.resize(keep);
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int CommandPaletteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant CommandPaletteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Result& r = m_results[static_cast<size_t>(index.row())];
    const KnowledgeGraph* g = m_document->graph();
    const Entity* e = r.vertex >= 0 && g ? &g->entity(r.vertex) : nullptr;
    const Command* c = r.command >= 0 ? &m_commands[static_cast<size_t>(r.command)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return e ? e->name : c->label;
        if (e) {
            const QString what =
                e->category.isEmpty()
                    ? entityKindName(e->kind)
                    : QStringLiteral("%1 · %2").arg(entityKindName(e->kind), e->category);
            // Say which alias matched, so "NATO" → "North Atlantic Treaty Organization" is clear.
            return r.alias >= 0 ? QStringLiteral("%1 · %2").arg(e->aliases.value(r.alias), what)
                                : what;
        }
        return c->shortcut;
    case Qt::DecorationRole:
        if (index.column() != 0)
            return {};
        return e ? KindIcon::icon(e->kind, e->category) : c->icon;
    case Qt::ForegroundRole:
        return index.column() == 1 ? QVariant(QColor(0x6a, 0x6a, 0x6a)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return e ? e->id : QVariant();
    case IdRole:
        return e ? e->id : QVariant();
    case VertexRole:
        return r.vertex;
    case CommandRole:
        return r.command;
    case MatchRole:
        return static_cast<int>(r.match);
    default:
        return {};
    }
}

} // namespace entente
