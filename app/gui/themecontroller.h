#pragma once

#include "style/theme.h"

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace entente {

class GraphCanvas;

/**
 * View → Theme: light, dark or print for the canvas and the legend (and so for diagram
 * exports, which draw the canvas's items). The choice is kept in QSettings ("theme"); a theme
 * given on the command line applies for the session without being saved.
 */
class ThemeController : public QObject
{
    Q_OBJECT
public:
    ThemeController(GraphCanvas* canvas, QWidget* legend, QMenu* menu, QObject* parent = nullptr);

    /** Switches the theme; `remember` stores it as the one to open with next time. */
    void apply(Theme::Id id, bool remember = true);
    Theme::Id current() const { return Theme::current().id; }

private:
    GraphCanvas* m_canvas;
    QWidget* m_legend;
    QActionGroup* m_group;
};

} // namespace entente
