#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>
#include <utility>

namespace entente {

/**
 * What each column of a CSV table means, chosen by the user (the import wizard, or
 * `entente-cli import --map "From=source,To=target,Type=relation_kind"`) instead of guessed from
 * the header. Owns the list of header name → role; a column it does not name keeps the guess
 * CsvGraphReader makes anyway (GraphFields), so an empty mapping is the automatic import.
 */
struct CsvColumnMapping
{
    enum class Role : std::uint8_t
    {
        Ignore,    ///< left out of the import
        Attribute, ///< kept as a free attribute under the header's name, whatever it looks like
        Id,
        Name,
        Kind, ///< entity kind in a node table, relation kind in an edge table
        Category,
        Aliases,
        Description, ///< an entity's description; a relation's note
        Start,
        End,
        Sources,
        Source, ///< edge endpoint
        Target, ///< edge endpoint
        RelationKind,
    };

    /** Header name (compared trimmed, case-insensitively) → role, in the order given. */
    QList<std::pair<QString, Role>> columns;

    bool isEmpty() const { return columns.isEmpty(); }
    /** The role chosen for a header, if the mapping names it. */
    std::optional<Role> roleFor(QStringView header) const;
    /** Sets (or replaces) the role of a header. */
    void set(const QString& header, Role role);

    /** The roles a user can choose, in the order a menu lists them. */
    static QList<Role> choices();
    /** The name used in `--map` and saved settings: "relation_kind". */
    static QString roleName(Role role);
    /** The words shown to a user: "relation kind". */
    static QString roleLabel(Role role);
    /** A role from its name or a common synonym ("label", "from", "type"…); case and '_' ignored.
     */
    static std::optional<Role> roleFromName(QStringView name);
    /** The role CsvGraphReader guesses for a header when nothing is chosen. */
    static Role guess(QStringView header, bool edgeTable);

    /**
     * Parses "Header=role,Header=role"; a header holding ',' or '=' is written in double
     * quotes. Returns nullopt and sets `error` (naming the bad part) when it cannot.
     */
    static std::optional<CsvColumnMapping> parse(const QString& spec, QString* error);
    /** The mapping in the form parse() reads. */
    QString toString() const;
};

} // namespace entente
