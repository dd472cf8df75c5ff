#include "themecontroller.h"

#include "canvas/graphcanvas.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace entente {

namespace {

const char* const SettingsKey = "theme";

QString menuText(Theme::Id id)
{
    switch (id) {
    case Theme::Id::Dark:
        return QObject::tr("&Dark");
    case Theme::Id::Print:
        return QObject::tr("&Print (white, high contrast)");
    case Theme::Id::Light:
        break;
    }
    return QObject::tr("&Light");
}

} // namespace

ThemeController::ThemeController(GraphCanvas* canvas, QWidget* legend, QMenu* menu, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_legend(legend), m_group(new QActionGroup(this))
{
    QMenu* themes = menu->addMenu(tr("&Theme"));
    for (Theme::Id id : {Theme::Id::Light, Theme::Id::Dark, Theme::Id::Print}) {
        QAction* action = themes->addAction(menuText(id));
        action->setCheckable(true);
        action->setData(Theme::name(id));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { apply(id); });
    }
    Theme::Id saved = Theme::Id::Light;
    Theme::fromName(QSettings().value(QLatin1String(SettingsKey)).toString(), &saved);
    apply(saved, false);
}

void ThemeController::apply(Theme::Id id, bool remember)
{
    Theme::setCurrent(id);
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == Theme::name(id));
    if (remember)
        QSettings().setValue(QLatin1String(SettingsKey), Theme::name(id));
    m_canvas->applyTheme();
    m_legend->update();
}

} // namespace entente
