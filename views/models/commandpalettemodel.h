#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>
#include <QString>
#include <memory>
#include <vector>

class QAction;

namespace entente {

class GraphDocument;
class KnowledgeGraph;

/**
 * What the command palette (Ctrl+K) offers for what has been typed: entities of the open graph,
 * matched on name and aliases, and the window's commands, matched on their menu text. Matching
 * runs over the in-memory graph on every keystroke, best first: exact, prefix, word start, then
 * the letters in order (tighter spans first); among equals, commands before entities, then the
 * most connected entity. A query starting with ">" looks at commands only.
 *
 * Two columns: the name (with its kind icon) and a detail (category or shortcut).
 */
class CommandPaletteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        VertexRole,
        CommandRole,
        MatchRole
    };
    /** How well a text matches a query; larger is better. */
    enum class Match
    {
        None,
        Subsequence,
        WordStart,
        Prefix,
        Exact
    };

    /** One of the window's commands: its menu path ("View › Fit all") and what runs it. */
    struct Command
    {
        QString label;
        QString shortcut;
        QIcon icon;
        QPointer<QAction> action;
    };

    /** Case-insensitive; `span` (optional) gets the length of the matched stretch of `text`. */
    static Match match(const QString& text, const QString& query, int* span = nullptr);

    explicit CommandPaletteModel(GraphDocument* document, QObject* parent = nullptr);
    ~CommandPaletteModel() override;

    void setCommands(std::vector<Command> commands);
    const std::vector<Command>& commands() const { return m_commands; }
    void setQuery(const QString& query);
    const QString& query() const { return m_query; }
    /** At most this many rows are shown. */
    void setLimit(int limit) { m_limit = limit; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    struct Result
    {
        Match match = Match::None;
        int span = 0;     ///< for letters in order: how spread out they are
        int vertex = -1;  ///< an entity, or
        int command = -1; ///< a command
        int alias = -1;   ///< which alias matched (-1: the name)
    };
    void refresh();
    void foldNames();

    GraphDocument* m_document;
    std::vector<Command> m_commands;
    QString m_query;
    int m_limit = 50;
    std::vector<Result> m_results;
    /** Case-folded names and aliases per vertex, made on first use after the graph changes. */
    std::shared_ptr<const KnowledgeGraph> m_foldedFor;
    std::vector<QStringList> m_folded;
    /**
     * Every entity that matched `m_scanned` (not only the shown ones). Typing one more letter
     * can only lose matches, so the next query scans these instead of the whole graph.
     */
    QString m_scanned;
    std::vector<int> m_candidates;
};

} // namespace entente
