#include "slidecontroller.h"

#include "export/slidedeck.h"
#include "export/sourcefootnotes.h"
#include "panels/slidespanel.h"
#include "presentationwindow.h"
#include "projectsession.h"
#include "store/storeerror.h"
#include "viewcontroller.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace entente {

SlideController::SlideController(ProjectSession* session, ViewController* views, SlidesPanel* panel,
                                 QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_views(views), m_panel(panel),
      m_dialogParent(dialogParent)
{
    connect(session, &ProjectSession::opened, this, &SlideController::refresh);
    connect(views, &ViewController::viewsChanged, this, &SlideController::refresh);
    connect(panel, &SlidesPanel::orderChanged, this, &SlideController::reorder);
    connect(panel, &SlidesPanel::showRequested, views, &ViewController::restoreId);
    connect(panel, &SlidesPanel::renameRequested, this, [this](qint64 id) {
        for (const SavedView& v : m_session->savedViews())
            if (v.id == id) {
                bool ok = false;
                const QString name = QInputDialog::getText(
                    m_dialogParent, tr("Rename view"), tr("Name:"), QLineEdit::Normal, v.name, &ok);
                if (ok && !name.trimmed().isEmpty())
                    rename(id, name.trimmed());
            }
    });
    connect(panel, &SlidesPanel::titleRequested, this, [this](qint64 id) {
        for (const SavedView& v : m_session->savedViews())
            if (v.id == id) {
                bool ok = false;
                const QString title = QInputDialog::getText(
                    m_dialogParent, tr("Slide title"), tr("Title drawn on the slide:"),
                    QLineEdit::Normal, Slide::fromPayload(v.payload).title, &ok);
                if (ok)
                    setTitle(id, title.trimmed());
            }
    });
    connect(panel, &SlidesPanel::deleteRequested, this, [this](qint64 id) {
        if (QMessageBox::question(m_dialogParent, tr("Delete view"),
                                  tr("Delete this saved view from the project?")) ==
            QMessageBox::Yes)
            remove(id);
    });
    connect(panel, &SlidesPanel::presentRequested, this, [this] { present(); });
    connect(panel, &SlidesPanel::exportRequested, this, &SlideController::chooseAndExport);
    refresh();
}

void SlideController::refresh()
{
    QList<SlidesPanel::Entry> entries;
    for (const SavedView& v : m_session->savedViews())
        entries << SlidesPanel::Entry{v.id, v.name, Slide::fromPayload(v.payload).title};
    m_panel->setSlides(entries, m_session->isOpen() && !m_session->isReadOnly());
    m_views->rebuildMenu();
}

bool SlideController::store(const std::function<void()>& write)
{
    try {
        write();
    } catch (const StoreError& e) {
        QMessageBox::warning(m_dialogParent, tr("Cannot change the slides"), e.message());
        refresh();
        return false;
    }
    refresh();
    return true;
}

bool SlideController::reorder(const QList<qint64>& ids)
{
    return store([&] { m_session->setViewOrder(ids); });
}

bool SlideController::rename(qint64 id, const QString& name)
{
    return store([&] {
        for (SavedView v : m_session->savedViews())
            if (v.id == id) {
                v.name = name;
                m_session->saveView(v);
            }
    });
}

bool SlideController::setTitle(qint64 id, const QString& title)
{
    return store([&] {
        for (SavedView v : m_session->savedViews())
            if (v.id == id) {
                Slide s = Slide::fromPayload(v.payload);
                s.title = title;
                v.payload = s.toPayload(v.payload);
                m_session->saveView(v);
            }
    });
}

bool SlideController::remove(qint64 id)
{
    return store([&] { m_session->deleteView(id); });
}

DiagramOptions SlideController::deckOptions() const
{
    DiagramOptions o;
    o.credit =
        tr("Entente · %1 · every relation is sourced in the project").arg(m_session->displayName());
    return o;
}

namespace {
std::unique_ptr<SlideDeck> makeDeck(ProjectSession* session)
{
    QList<Slide> slides;
    for (const SavedView& v : session->savedViews()) {
        Slide s = Slide::fromPayload(v.payload);
        if (s.title.isEmpty())
            s.title = v.name;
        slides << s;
    }
    return std::make_unique<SlideDeck>(session->graph(), slides);
}
} // namespace

bool SlideController::exportDeck(const QString& path, const QString& format, QString* error, bool footnotes)
{
    if (!m_session->graph())
        return false;
    const auto f = DiagramWriter::formatFromName(format);
    if (!f) {
        if (error)
            *error = tr("%1 is not pdf, png or svg").arg(format);
        return false;
    }
    auto deck = makeDeck(m_session);
    if (footnotes) {
        ProjectSession* session = m_session;
        const std::shared_ptr<const KnowledgeGraph> graph = session->graph();
        deck->setFootnotes([session, graph](const std::vector<int>& relations) {
            return SourceFootnotes::lines(
                *graph, relations, [session](const QString& id) { return session->relation(id); },
                [session](const QStringList& keys) { return session->sources(keys); });
        });
    }
    if (*f == DiagramWriter::Format::Pdf)
        return deck->writePdf(path, deckOptions(), error);
    return !deck->writeFiles(path, *f, deckOptions(), error).isEmpty();
}

void SlideController::chooseAndExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export slides"), QStringLiteral("slides.pdf"),
        tr("One PDF deck (*.pdf);;A folder of PNG files (*.png);;A folder of SVG files (*.svg)"),
        &filter);
    if (path.isEmpty())
        return;
    const QString format = filter.contains(QLatin1String("*.png"))   ? QStringLiteral("png")
                           : filter.contains(QLatin1String("*.svg")) ? QStringLiteral("svg")
                                                                     : QStringLiteral("pdf");
    // For files, the name chosen is the folder they go in.
    const QString target =
        format == QLatin1String("pdf")
            ? (path.endsWith(QLatin1String(".pdf")) ? path : path + QStringLiteral(".pdf"))
            : QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName();
    const bool footnotes =
        QMessageBox::question(m_dialogParent, tr("Export slides"),
                              tr("List the sources of each slide's relations as numbered footnotes "
                                 "on that slide?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    QString error;
    if (!exportDeck(target, format, &error, footnotes))
        QMessageBox::warning(m_dialogParent, tr("Cannot export the slides"), error);
}

PresentationWindow* SlideController::present(bool fullScreen)
{
    if (!m_session->graph() || m_session->savedViews().isEmpty())
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(makeDeck(m_session), deckOptions(), m_dialogParent);
    if (fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

} // namespace entente
