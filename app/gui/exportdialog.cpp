#include "exportdialog.h"

#include "export/sourcefootnotes.h"

#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "export/diagramrenderer.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "projectsession.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSvgGenerator>
#include <QTemporaryFile>
#include <QTimer>

namespace entente {

ExportDialog::ExportDialog(GraphDocument* document, GraphCanvas* canvas, ProjectSession* session,
                           FilterController* filter, QWidget* parent)
    : QDialog(parent), m_document(document), m_canvas(canvas), m_session(session), m_filter(filter),
      m_renderer(std::make_unique<DiagramRenderer>(document, canvas->graphScene())),
      m_format(new QComboBox(this)), m_frame(new QComboBox(this)), m_scale(new QComboBox(this)),
      m_scope(new QComboBox(this)),
      m_transparent(new QCheckBox(tr("Transparent background"), this)),
      m_title(new QLineEdit(this)), m_subtitle(new QLineEdit(this)),
      m_footnotes(
          new QCheckBox(tr("List the sources of the shown relations as numbered footnotes"), this)),
      m_previewLabel(new QLabel(this)), m_status(new QLabel(this)), m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export diagram"));
    m_format->addItem(tr("SVG — vector, text stays text"), int(DiagramWriter::Format::Svg));
    m_format->addItem(tr("PDF — vector, for print"), int(DiagramWriter::Format::Pdf));
    m_format->addItem(tr("PNG — image"), int(DiagramWriter::Format::Png));
    m_frame->addItem(tr("Slide 16:9 (1920 × 1080)"), int(DiagramOptions::Frame::Wide));
    m_frame->addItem(tr("Slide 4:3 (1600 × 1200)"), int(DiagramOptions::Frame::Classic));
    m_frame->addItem(tr("A4 portrait"), int(DiagramOptions::Frame::A4Portrait));
    m_frame->addItem(tr("A4 landscape"), int(DiagramOptions::Frame::A4Landscape));
    for (int s : {1, 2, 4})
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scope->addItem(tr("What the canvas shows now"), int(DiagramOptions::Scope::Viewport));
    m_scope->addItem(tr("Selected entities"), int(DiagramOptions::Scope::Selection));
    m_scope->addItem(tr("The whole drawn graph"), int(DiagramOptions::Scope::WholeGraph));
    m_title->setPlaceholderText(tr("Title on the diagram"));
    m_subtitle->setPlaceholderText(tr("Subtitle (optional)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&rame:"), m_frame);
    form->addRow(tr("S&cale (PNG):"), m_scale);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("&Show:"), m_scope);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(QString(), m_footnotes);
    m_previewLabel->setMinimumSize(480, 300);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    QPushButton* copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch(1);
    side->addWidget(m_status);
    auto* top = new QHBoxLayout;
    top->addLayout(side);
    top->addWidget(m_previewLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    // Typing in the title should not redraw on every key: a short pause first.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox* box : {m_format, m_frame, m_scale, m_scope})
        connect(box, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    for (QCheckBox* box : {m_transparent, m_footnotes})
        connect(box, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    for (QLineEdit* edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool png = format() == DiagramWriter::Format::Png;
        m_scale->setEnabled(png);
        m_transparent->setEnabled(png);
    });
    m_scale->setEnabled(false);
    m_transparent->setEnabled(false);
    resize(1000, 560);
}

ExportDialog::~ExportDialog() = default;

DiagramWriter::Format ExportDialog::format() const
{
    return DiagramWriter::Format(m_format->currentData().toInt());
}

DiagramOptions ExportDialog::options() const
{
    DiagramOptions o;
    o.frame = DiagramOptions::Frame(m_frame->currentData().toInt());
    o.scope = DiagramOptions::Scope(m_scope->currentData().toInt());
    o.viewport = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    const PartialDate asOf = m_filter ? m_filter->criteria().asOf : PartialDate();
    o.asOf = asOf.isNull() ? tr("Drawn %1").arg(QDate::currentDate().toString(Qt::ISODate))
                           : tr("As of %1").arg(asOf.toString());
    o.credit =
        tr("Entente · %1 · every relation is sourced in the project").arg(m_session->displayName());
    o.scale = m_scale->currentData().toInt();
    o.transparent = m_transparent->isChecked() && format() == DiagramWriter::Format::Png;
    if (m_footnotes->isChecked())
        o.footnotes = footnotes(o);
    return o;
}

QStringList ExportDialog::footnotes(const DiagramOptions& o) const
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return {};
    // The same footnotes as entente-cli's and the deck's: one formatting for all three.
    return SourceFootnotes::lines(
        *g, m_renderer->drawnRelations(o),
        [this](const QString& id) { return m_session->relation(id); },
        [this](const QStringList& keys) { return m_session->sources(keys); });
}

void ExportDialog::updatePreview()
{
    DiagramOptions o = options();
    o.scale = 1;
    m_preview = DiagramWriter::renderImage(*m_renderer, o);
    const QSize room = m_previewLabel->contentsRect().size();
    m_previewLabel->setPixmap(
        QPixmap::fromImage(m_preview.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const int nodes = m_renderer->drawnNodeCount(o);
    m_status->setText(nodes == 0 ? tr("Nothing to draw: select entities or change what to show.")
                                 : tr("%n entities, %1 relations, %2 footnotes", nullptr, nodes)
                                       .arg(m_renderer->drawnRelations(o).size())
                                       .arg(o.footnotes.size()));
}

bool ExportDialog::exportTo(const QString& path)
{
    QString error;
    if (DiagramWriter::write(*m_renderer, options(), format(), path, &error)) {
        m_status->setText(tr("Wrote %1").arg(path));
        return true;
    }
    m_status->setText(error);
    return false;
}

void ExportDialog::chooseFileAndExport()
{
    const QString suffix = DiagramWriter::suffix(format());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), QStringLiteral("diagram.") + suffix,
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    if (exportTo(path))
        accept();
    else
        QMessageBox::warning(this, tr("Cannot export the diagram"), m_status->text());
}

void ExportDialog::copyToClipboard()
{
    DiagramOptions o = options();
    o.scale = 2;
    auto* mime = new QMimeData;
    mime->setImageData(DiagramWriter::renderImage(*m_renderer, o));
    // Vector too, for tools that take SVG from the clipboard (Inkscape, office suites).
    QTemporaryFile svg;
    if (svg.open()) {
        svg.close();
        if (DiagramWriter::write(*m_renderer, o, DiagramWriter::Format::Svg, svg.fileName(),
                                 nullptr) &&
            svg.open())
            mime->setData(QStringLiteral("image/svg+xml"), svg.readAll());
    }
    QApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Copied the diagram to the clipboard"));
}

} // namespace entente
