#pragma once

#include "mainwindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

namespace entente {

/**
 * For GUI suites: a main window on the default dataset, shown and laid out, with settings kept
 * in `settingsDir` so no test reads or writes the user's. Returns an empty pointer (and says
 * why in `error`) when the window did not settle.
 */
inline std::unique_ptr<MainWindow> settledWindow(const QString& settingsDir, QString* error)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 950);
    window->show();
    QSignalSpy settled(window.get(), &MainWindow::layoutSettled);
    if (!window->openProject(QString()))
        *error = QStringLiteral("the default dataset did not open");
    else if (!settled.wait(30000))
        *error = QStringLiteral("the layout did not settle in 30 s");
    else if (!QTest::qWaitForWindowExposed(window.get()))
        *error = QStringLiteral("the window was not exposed");
    return error->isEmpty() ? std::move(window) : nullptr;
}

} // namespace entente
