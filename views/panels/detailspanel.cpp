#include "detailspanel.h"

#include "style/kindicon.h"
#include "style/kindstyle.h"

#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMap>
#include <QUrl>

namespace entente {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString period(const DateInterval& i)
{
    const QString s = i.start().toString();
    const QString e = i.end().toString();
    if (s.isEmpty() && e.isEmpty())
        return {};
    if (e.isEmpty())
        return s.isEmpty() ? QString() : QStringLiteral("since %1").arg(s);
    return QStringLiteral("%1 – %2").arg(s.isEmpty() ? QStringLiteral("?") : s, e);
}

} // namespace

DetailsPanel::DetailsPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details"));
    document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { margin-bottom: 2px; } .meta { color: #555; } .kind { color: #555; font-weight: 600; }"
        "a { color: #0060a0; text-decoration: none; } .when { color: #666; } .src { color: #777; font-size: small; }"
        "h4 { margin-top: 12px; margin-bottom: 2px; color: #333; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("entente"))
            emit entityActivated(url.path());
        else if (url.scheme() == QLatin1String("entente-edit"))
            emit editRequested(url.host(), url.path().mid(1));
        else
            QDesktopServices::openUrl(url);
    });
}

void DetailsPanel::showWelcome(const QString& projectName, int entities, int relations)
{
    m_shown.clear();
    setHtml(tr("<h2>%1</h2><p class='meta'>%2 entities · %3 relations</p>"
               "<p>Click a node on the canvas, or type in the search box, to see what an actor, "
               "organisation, treaty or mechanism is, how it is connected, since when, and on "
               "what evidence.</p>"
               "<p><b>Shapes:</b> circles are actors (states, parties, people), squares are "
               "organisations, diamonds are treaties, hexagons are cooperation mechanisms. "
               "Larger nodes have more ties.</p>")
                .arg(esc(projectName))
                .arg(entities)
                .arg(relations));
}

void DetailsPanel::showDetails(const EntityDetails& details)
{
    m_shown = details.entity.id;
    setHtml(toHtml(details, m_editable));
}

void DetailsPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    if (m_editable && !m_shown.isEmpty()) {
        menu->addSeparator();
        const QString id = m_shown;
        menu->addAction(tr("Edit entity…"), this, [this, id] { emit editRequested(QStringLiteral("edit-entity"), id); });
        menu->addAction(tr("New relation from here…"), this, [this, id] { emit editRequested(QStringLiteral("new-relation"), id); });
        menu->addAction(tr("Delete entity…"), this, [this, id] { emit editRequested(QStringLiteral("delete-entity"), id); });
        const QString anchor = anchorAt(event->pos());
        if (anchor.startsWith(QLatin1String("entente-edit://edit-relation/"))) {
            const QString rel = QUrl(anchor).path().mid(1);
            menu->addAction(tr("Edit this relation…"), this, [this, rel] { emit editRequested(QStringLiteral("edit-relation"), rel); });
            menu->addAction(tr("Delete this relation"), this, [this, rel] { emit editRequested(QStringLiteral("delete-relation"), rel); });
        }
    }
    menu->exec(event->globalPos());
    delete menu;
}

QString DetailsPanel::toHtml(const EntityDetails& d, bool editable)
{
    const Entity& e = d.entity;
    QString html;
    html += QStringLiteral("<h2><img src='qrc%1' width='22' height='22' style='vertical-align: middle'> %2</h2>")
                .arg(KindIcon::path(e.kind, e.category), esc(e.name));
    html += QStringLiteral("<p><span class='kind' style='color:%1'>%2</span> · %3")
                .arg(KindStyle::colour(e.kind).darker(130).name(), esc(entityKindName(e.kind)), esc(e.category));
    if (const QString p = period(e.existence); !p.isEmpty())
        html += QStringLiteral(" · <span class='when'>%1</span>").arg(esc(p));
    if (!e.region.isEmpty())
        html += QStringLiteral(" · %1").arg(esc(e.region));
    html += QStringLiteral("</p>");
    // Relation and entity ids go into URLs percent-encoded: ids may hold ':' and '/'.
    auto editLink = [](const char* action, const QString& id, const QString& text) {
        return QStringLiteral("<a class='edit' href='entente-edit://%1/%2'>%3</a>")
            .arg(QLatin1String(action), esc(QString::fromLatin1(QUrl::toPercentEncoding(id))), text);
    };
    if (editable)
        html += QStringLiteral("<p class='src'>%1 · %2 · %3</p>")
                    .arg(editLink("edit-entity", e.id, QStringLiteral("Edit")),
                         editLink("new-relation", e.id, QStringLiteral("New relation")),
                         editLink("delete-entity", e.id, QStringLiteral("Delete")));
    if (!e.aliases.isEmpty())
        html += QStringLiteral("<p class='meta'>Also: %1</p>").arg(esc(e.aliases.join(QStringLiteral(", "))));
    if (!e.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(e.description));

    // Number sources in order of first citation, so [1] is the first one a reader meets.
    QStringList order;
    auto cite = [&](const QStringList& keys) {
        QStringList marks;
        for (const QString& k : keys) {
            if (!order.contains(k))
                order << k;
            marks << QString::number(order.indexOf(k) + 1);
        }
        return marks.isEmpty() ? QString() : QStringLiteral(" <span class='src'>[%1]</span>").arg(marks.join(u','));
    };
    const QString entityCites = cite(e.sources);
    if (!entityCites.isEmpty())
        html += QStringLiteral("<p class='src'>Sources:%1</p>").arg(entityCites);

    QMap<QString, QList<const EntityDetails::Tie*>> groups;
    for (const auto& t : d.ties)
        groups[t.label].append(&t);
    html += QStringLiteral("<h3>Relations (%1)</h3>").arg(d.ties.size());
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        html += QStringLiteral("<h4>%1 (%2)</h4><ul>").arg(esc(it.key())).arg(it->size());
        for (const EntityDetails::Tie* t : *it) {
            html += QStringLiteral("<li><a href='entente:%1'>%2</a>").arg(esc(t->otherId), esc(t->otherName));
            if (const QString p = period(t->relation.interval); !p.isEmpty())
                html += QStringLiteral(" <span class='when'>(%1)</span>").arg(esc(p));
            const QString role = t->relation.attributes.value(QStringLiteral("role")).toString();
            if (!role.isEmpty())
                html += QStringLiteral(" — %1").arg(esc(role));
            html += cite(t->relation.sources);
            // Page, quote and confidence of each citation, as the person who linked them put it.
            for (auto c = t->relation.citations.cbegin(); c != t->relation.citations.cend(); ++c) {
                QStringList parts;
                if (!c->page.isEmpty())
                    parts << QStringLiteral("p. %1").arg(esc(c->page));
                if (!c->quote.isEmpty())
                    parts << QStringLiteral("“%1”").arg(esc(c->quote));
                if (c->confidence != Citation::Unstated)
                    parts << QStringLiteral("%1 confidence")
                                 .arg(Citation::confidenceName(c->confidence));
                html += QStringLiteral(" <span class='src'>%1</span>")
                            .arg(parts.join(QStringLiteral(" · ")));
            }
            if (t->relation.sources.isEmpty())
                html += QStringLiteral(" <span class='src' style='color:#b00'>unsourced</span>");
            if (editable)
                html += QStringLiteral(" <span class='src'>%1 %2</span>")
                            .arg(editLink("edit-relation", t->relation.id, QStringLiteral("✎")),
                                 editLink("delete-relation", t->relation.id, QStringLiteral("✕")));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!order.isEmpty()) {
        html += QStringLiteral("<h3>Sources</h3><ol class='src'>");
        for (const QString& k : order) {
            const Source s = d.sources.value(k);
            QString line = esc(s.title.isEmpty() ? k : s.title);
            if (!s.url.isEmpty())
                line = QStringLiteral("<a href='%1'>%2</a>").arg(esc(s.url), line);
            if (!s.publisher.isEmpty())
                line += QStringLiteral(" — ") + esc(s.publisher);
            if (!s.accessed.isEmpty())
                line += QStringLiteral(" (accessed %1)").arg(esc(s.accessed));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace entente
