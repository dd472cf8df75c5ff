#include "kindicon.h"

#include <QHash>

// The icons live in entente_resources, a static library: nothing references its resource
// initialiser, so the linker would drop it unless it is called by name. Once, before any path
// is handed out (the details panel's HTML names the files without asking for an icon).
static void initKindIcons()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(kinds);
        return true;
    }();
    (void)done;
}

namespace entente {

QString KindIcon::name(EntityKind kind, const QString& category)
{
    switch (kind) {
    case EntityKind::Actor:
        if (category == QLatin1String("state") || category == QLatin1String("party") ||
            category == QLatin1String("person"))
            return category;
        return QStringLiteral("actor");
    case EntityKind::Organisation:
        return category == QLatin1String("alliance") ? category : QStringLiteral("organisation");
    case EntityKind::Treaty:
        return QStringLiteral("treaty");
    case EntityKind::Mechanism:
        break;
    }
    return QStringLiteral("mechanism");
}

QString KindIcon::path(EntityKind kind, const QString& category)
{
    initKindIcons();
    return QStringLiteral(":/entente/kinds/%1.svg").arg(name(kind, category));
}

QIcon KindIcon::icon(EntityKind kind, const QString& category)
{
    // Item models ask for an icon per row and repaint; QIcon is shared, so one per drawing.
    static QHash<QString, QIcon> cache;
    const QString key = name(kind, category);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(path(kind, category)));
    return *it;
}

} // namespace entente
